class MinStack {
  constructor() {

  }

  push(val: number): void {

  }

  pop(): void {

  }

  top(): number {

  }

  getMin(): number {

  }
}
