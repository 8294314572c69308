/**
 * @param {string} s
 * @return {boolean}
 */
var isPalindrome = function (s) {

};
