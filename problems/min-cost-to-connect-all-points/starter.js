/**
 * @param {number[][]} points
 * @return {number}
 */
var minCostConnectPoints = function (points) {

};
