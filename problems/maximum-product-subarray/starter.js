/**
 * @param {number[]} nums
 * @return {number}
 */
var maxProduct = function (nums) {

};
