class KthLargest {
  /**
   * @param {number} k
   * @param {number[]} nums
   */
  constructor(k, nums) {

  }

  /**
   * @param {number} val
   * @return {number}
   */
  add(val) {

  }
}
