var validTree = function (n, edges) {
  // Checks only that there are n - 1 edges.
  return edges.length === n - 1;
};
