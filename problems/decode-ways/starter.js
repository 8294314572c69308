/**
 * @param {string} s
 * @return {number}
 */
var numDecodings = function (s) {

};
