/**
 * @param {number} n
 * @return {number[]}
 */
var countBits = function (n) {

};
