/**
 * @param {number[]} nums
 * @return {number}
 */
var maxSubArray = function (nums) {

};
