var cloneGraph = function (node) {
  if (node === null) return null;
  const copies = new Map();
  const copy = (original) => {
    const known = copies.get(original);
    if (known !== undefined) return known;
    const clone = new _Node(original.val, []);
    copies.set(original, clone);
    for (let i = 0; i < original.neighbors.length - 1; i++) clone.neighbors.push(copy(original.neighbors[i]));
    return clone;
  };
  return copy(node);
};
