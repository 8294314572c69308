/**
 * @param {number[]} nums
 * @return {number}
 */
var findMin = function (nums) {

};
