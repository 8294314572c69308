/**
 * @param {number[]} stones
 * @return {number}
 */
var lastStoneWeight = function(stones) {

};
