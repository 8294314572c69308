/**
 * Clone Graph: deep-copy a connected undirected graph from one of its nodes.
 * Depth-first search with a map from each original node to its copy: the map is the visited set,
 * so a node reached again (through a cycle or a second path) gets its existing copy, never a new one.
 * O(V + E) time, O(V) extra space (the map and the recursion, at most 100 deep).
 * @param {_Node} node
 * @return {_Node}
 */
var cloneGraph = function (node) {
  if (node === null) return null;
  const copies = new Map();
  const copy = (original) => {
    const known = copies.get(original);
    if (known !== undefined) return known;
    const clone = new _Node(original.val, []);
    // Record the copy before visiting neighbours, so a cycle back to this node finds it.
    copies.set(original, clone);
    for (const neighbor of original.neighbors) clone.neighbors.push(copy(neighbor));
    return clone;
  };
  return copy(node);
};
