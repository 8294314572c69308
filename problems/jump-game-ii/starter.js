/**
 * @param {number[]} nums
 * @return {number}
 */
var jump = function(nums) {

};
