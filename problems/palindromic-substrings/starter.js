/**
 * @param {string} s
 * @return {number}
 */
var countSubstrings = function (s) {

};
