class TimeMap {
  constructor() {
    // key -> { times, values }: set's timestamps are strictly increasing, so each key's times stay sorted.
    this.history = new Map();
  }

  /**
   * @param {string} key
   * @param {string} value
   * @param {number} timestamp
   * @return {void}
   */
  set(key, value, timestamp) {
    let entry = this.history.get(key);
    if (entry === undefined) {
      entry = { times: [], values: [] };
      this.history.set(key, entry);
    }
    entry.times.push(timestamp);
    entry.values.push(value);
  }

  /**
   * @param {string} key
   * @param {number} timestamp
   * @return {string}
   */
  get(key, timestamp) {
    const entry = this.history.get(key);
    if (entry === undefined) return '';
    const times = entry.times;
    // Binary search for the number of stored times <= timestamp.
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? '' : entry.values[lo - 1];
  }
}
