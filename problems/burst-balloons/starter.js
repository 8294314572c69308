/**
 * @param {number[]} nums
 * @return {number}
 */
var maxCoins = function(nums) {

};
