/**
 * @param {number[]} nums
 * @return {number}
 */
var lengthOfLIS = function (nums) {

};
