class Trie {
  constructor() {
    this.lettersAt = [];
    this.lengths = new Set();
  }

  insert(word) {
    for (let i = 0; i < word.length; i++) {
      if (this.lettersAt[i] === undefined) this.lettersAt[i] = new Set();
      this.lettersAt[i].add(word[i]);
    }
    this.lengths.add(word.length);
  }

  search(word) {
    return this.startsWith(word) && this.lengths.has(word.length);
  }

  startsWith(prefix) {
    for (let i = 0; i < prefix.length; i++) {
      if (this.lettersAt[i] === undefined || !this.lettersAt[i].has(prefix[i])) return false;
    }
    return true;
  }
}
