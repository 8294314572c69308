/**
 * @param {number[]} heights
 * @return {number}
 */
var largestRectangleArea = function (heights) {

};
