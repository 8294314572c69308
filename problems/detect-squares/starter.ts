class DetectSquares {
  constructor() {

  }

  add(point: number[]): void {

  }

  count(point: number[]): number {

  }
}
