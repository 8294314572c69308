/**
 * @param {number[]} digits
 * @return {number[]}
 */
var plusOne = function (digits) {

};
