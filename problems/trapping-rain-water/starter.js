/**
 * @param {number[]} height
 * @return {number}
 */
var trap = function (height) {

};
