class TimeMap {
  constructor() {
    this.history = new Map();
  }

  set(key, value, timestamp) {
    if (!this.history.has(key)) this.history.set(key, { times: [], values: [] });
    const entry = this.history.get(key);
    entry.times.push(timestamp);
    entry.values.push(value);
  }

  get(key, timestamp) {
    const entry = this.history.get(key);
    if (entry === undefined) return '';
    const times = entry.times;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    // Clamps to the first value when timestamp is before every set, instead of returning "".
    return entry.values[Math.max(0, lo - 1)];
  }
}
