/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function (s) {

};
