/**
 * @param {number[][]} grid
 * @return {number}
 */
var swimInWater = function (grid) {

};
