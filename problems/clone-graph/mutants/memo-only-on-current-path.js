var cloneGraph = function (node) {
  if (node === null) return null;
  const onPath = new Map();
  const copy = (original) => {
    const known = onPath.get(original);
    if (known !== undefined) return known;
    const clone = new _Node(original.val, []);
    onPath.set(original, clone);
    for (const neighbor of original.neighbors) clone.neighbors.push(copy(neighbor));
    onPath.delete(original);
    return clone;
  };
  return copy(node);
};
