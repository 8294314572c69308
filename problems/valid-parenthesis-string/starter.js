/**
 * @param {string} s
 * @return {boolean}
 */
var checkValidString = function(s) {

};
