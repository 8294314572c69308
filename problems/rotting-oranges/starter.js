/**
 * @param {number[][]} grid
 * @return {number}
 */
var orangesRotting = function (grid) {

};
