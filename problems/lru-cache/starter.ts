class LRUCache {
  constructor(capacity: number) {

  }

  get(key: number): number {

  }

  put(key: number, value: number): void {

  }
}
