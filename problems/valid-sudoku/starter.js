/**
 * @param {character[][]} board
 * @return {boolean}
 */
var isValidSudoku = function (board) {

};
