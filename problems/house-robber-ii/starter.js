/**
 * @param {number[]} nums
 * @return {number}
 */
var rob = function (nums) {

};
