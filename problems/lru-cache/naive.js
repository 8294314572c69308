class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.order = [];
    this.values = {};
  }

  get(key) {
    const at = this.order.indexOf(key);
    if (at === -1) return -1;
    this.order.splice(at, 1);
    this.order.push(key);
    return this.values[key];
  }

  put(key, value) {
    const at = this.order.indexOf(key);
    if (at !== -1) this.order.splice(at, 1);
    else if (this.order.length === this.capacity) delete this.values[this.order.shift()];
    this.order.push(key);
    this.values[key] = value;
  }
}
