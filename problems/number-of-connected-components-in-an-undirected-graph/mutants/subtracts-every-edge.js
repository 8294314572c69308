var countComponents = function (n, edges) {
  // Assumes every edge joins two separate components.
  return n - edges.length;
};
