class Trie {
  constructor() {

  }

  insert(word: string): void {

  }

  search(word: string): boolean {

  }

  startsWith(prefix: string): boolean {

  }
}
