/**
 * @param {number[]} nums
 * @return {number}
 */
var longestConsecutive = function (nums) {

};
