/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function (grid) {

};
