/**
 * @param {string} digits
 * @return {string[]}
 */
var letterCombinations = function (digits) {

};
