class DetectSquares {
  constructor() {

  }

  /**
   * @param {number[]} point
   * @return {void}
   */
  add(point) {

  }

  /**
   * @param {number[]} point
   * @return {number}
   */
  count(point) {

  }
}
