/**
 * @param {number[]} nums
 * @return {boolean}
 */
var canPartition = function (nums) {

};
