/**
 * @param {number} n
 * @return {boolean}
 */
var isHappy = function (n) {

};
