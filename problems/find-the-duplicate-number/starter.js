/**
 * @param {number[]} nums
 * @return {number}
 */
var findDuplicate = function (nums) {

};
