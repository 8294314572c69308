class Trie {
  constructor() {
    // One node per distinct prefix; isWord marks prefixes that were inserted as whole words.
    this.root = { children: Object.create(null), isWord: false };
  }

  /**
   * @param {string} word
   * @return {void}
   */
  insert(word) {
    let node = this.root;
    for (const letter of word) {
      if (node.children[letter] === undefined) node.children[letter] = { children: Object.create(null), isWord: false };
      node = node.children[letter];
    }
    node.isWord = true;
  }

  /**
   * @param {string} word
   * @return {boolean}
   */
  search(word) {
    const node = this.walk(word);
    return node !== null && node.isWord;
  }

  /**
   * @param {string} prefix
   * @return {boolean}
   */
  startsWith(prefix) {
    const node = this.walk(prefix);
    return node !== null;
  }

  /** The node reached by following text from the root, or null if that path does not exist. */
  walk(text) {
    let node = this.root;
    for (const letter of text) {
      node = node.children[letter];
      if (node === undefined) return null;
    }
    return node;
  }
}
