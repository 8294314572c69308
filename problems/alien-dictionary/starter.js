/**
 * @param {string[]} words
 * @return {string}
 */
var alienOrder = function (words) {

};
