/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function (s) {

};
