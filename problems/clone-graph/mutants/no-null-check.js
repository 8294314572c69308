var cloneGraph = function (node) {
  const copies = new Map();
  const copy = (original) => {
    const known = copies.get(original);
    if (known !== undefined) return known;
    const clone = new _Node(original.val, []);
    copies.set(original, clone);
    for (const neighbor of original.neighbors) clone.neighbors.push(copy(neighbor));
    return clone;
  };
  return copy(node);
};
