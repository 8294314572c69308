class Trie {
  constructor() {
    this.root = { children: Object.create(null), isWord: false };
  }

  insert(word) {
    let node = this.root;
    let created = false;
    for (const letter of word) {
      if (node.children[letter] === undefined) {
        node.children[letter] = { children: Object.create(null), isWord: false };
        created = true;
      }
      node = node.children[letter];
    }
    if (created) node.isWord = true;
  }

  search(word) {
    const node = this.walk(word);
    return node !== null && node.isWord;
  }

  startsWith(prefix) {
    const node = this.walk(prefix);
    return node !== null;
  }

  walk(text) {
    let node = this.root;
    for (const letter of text) {
      node = node.children[letter];
      if (node === undefined) return null;
    }
    return node;
  }
}
