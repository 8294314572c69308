/**
 * @param {number} n
 * @return {string[]}
 */
var generateParenthesis = function (n) {

};
