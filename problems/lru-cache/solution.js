class LRUCache {
  /**
   * @param {number} capacity
   */
  constructor(capacity) {
    this.capacity = capacity;
    this.nodes = new Map();
    // Sentinels at both ends of the recency list: oldest.next is the least recently used entry,
    // newest.prev the most recent one. They remove every empty-list special case.
    this.oldest = { key: -1, value: -1, prev: null, next: null };
    this.newest = { key: -1, value: -1, prev: this.oldest, next: null };
    this.oldest.next = this.newest;
  }

  /**
   * @param {number} key
   * @return {number}
   */
  get(key) {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.append(node);
    return node.value;
  }

  /**
   * @param {number} key
   * @param {number} value
   * @return {void}
   */
  put(key, value) {
    const existing = this.nodes.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.unlink(existing);
      this.append(existing);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const victim = this.oldest.next;
      this.unlink(victim);
      this.nodes.delete(victim.key);
    }
    const node = { key, value, prev: null, next: null };
    this.nodes.set(key, node);
    this.append(node);
  }

  unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  append(node) {
    node.prev = this.newest.prev;
    node.next = this.newest;
    this.newest.prev.next = node;
    this.newest.prev = node;
  }
}
