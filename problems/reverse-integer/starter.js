/**
 * @param {number} x
 * @return {number}
 */
var reverse = function (x) {

};
