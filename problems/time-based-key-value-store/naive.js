/**
 * Naive: one list of every set call, scanned in full on each get, so O(number of sets) per get.
 */
class TimeMap {
  constructor() {
    this.entries = [];
  }

  set(key, value, timestamp) {
    this.entries.push([key, value, timestamp]);
  }

  get(key, timestamp) {
    let best = '';
    for (const [k, v, t] of this.entries) if (k === key && t <= timestamp) best = v;
    return best;
  }
}
