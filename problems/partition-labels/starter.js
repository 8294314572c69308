/**
 * @param {string} s
 * @return {number[]}
 */
var partitionLabels = function(s) {

};
