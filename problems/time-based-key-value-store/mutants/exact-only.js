class TimeMap {
  constructor() {
    this.store = new Map();
  }

  set(key, value, timestamp) {
    this.store.set(key + '@' + timestamp, value);
  }

  // Finds a value only when get's timestamp equals a set timestamp.
  get(key, timestamp) {
    return this.store.get(key + '@' + timestamp) ?? '';
  }
}
