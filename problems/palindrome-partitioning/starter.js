/**
 * @param {string} s
 * @return {string[][]}
 */
var partition = function (s) {

};
