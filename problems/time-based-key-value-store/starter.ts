class TimeMap {
  constructor() {

  }

  set(key: string, value: string, timestamp: number): void {

  }

  get(key: string, timestamp: number): string {

  }
}
