class Trie {
  constructor() {
    this.words = [];
    this.known = new Set();
  }

  insert(word) {
    if (!this.known.has(word)) {
      this.known.add(word);
      this.words.push(word);
    }
  }

  search(word) {
    return this.known.has(word);
  }

  startsWith(prefix) {
    return this.words.some((word) => word.startsWith(prefix));
  }
}
