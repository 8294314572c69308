/**
 * @param {number} n
 * @return {string[][]}
 */
var solveNQueens = function (n) {

};
