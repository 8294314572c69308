class WordDictionary {
  constructor() {
    // One node per distinct prefix of an added word; isWord marks the prefixes added as whole words.
    this.root = { children: Object.create(null), isWord: false };
  }

  /**
   * Walks the word from the root, creating missing nodes, and marks its last node. O(L).
   * @param {string} word
   * @return {void}
   */
  addWord(word) {
    let node = this.root;
    for (const letter of word) {
      if (node.children[letter] === undefined) node.children[letter] = { children: Object.create(null), isWord: false };
      node = node.children[letter];
    }
    node.isWord = true;
  }

  /**
   * Depth-first match: a letter follows its one edge, a '.' tries every child. With at most two dots
   * this is O(26^2 · L) in the worst case and O(L) without dots.
   * @param {string} word
   * @return {boolean}
   */
  search(word) {
    const matchFrom = (node, index) => {
      if (index === word.length) return node.isWord;
      const letter = word[index];
      if (letter !== '.') {
        const child = node.children[letter];
        return child !== undefined && matchFrom(child, index + 1);
      }
      for (const key in node.children) {
        return matchFrom(node.children[key], index + 1);
      }
      return false;
    };
    return matchFrom(this.root, 0);
  }
}
