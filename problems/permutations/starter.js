/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var permute = function (nums) {

};
