class TimeMap {
  constructor() {
    // A plain object inherits "constructor" from Object.prototype, a key the input may use.
    this.store = {};
  }

  set(key, value, timestamp) {
    if (!this.store[key]) this.store[key] = [];
    this.store[key].push([timestamp, value]);
  }

  get(key, timestamp) {
    const list = this.store[key];
    if (!list) return '';
    let lo = 0;
    let hi = list.length - 1;
    let answer = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid][0] <= timestamp) {
        answer = list[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return answer;
  }
}
