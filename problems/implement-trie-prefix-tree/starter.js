class Trie {
  constructor() {

  }

  /**
   * @param {string} word
   * @return {void}
   */
  insert(word) {

  }

  /**
   * @param {string} word
   * @return {boolean}
   */
  search(word) {

  }

  /**
   * @param {string} prefix
   * @return {boolean}
   */
  startsWith(prefix) {

  }
}
