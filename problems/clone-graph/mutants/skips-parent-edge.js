var cloneGraph = function (node) {
  if (node === null) return null;
  const copies = new Map();
  const copy = (original, parent) => {
    const known = copies.get(original);
    if (known !== undefined) return known;
    const clone = new _Node(original.val, []);
    copies.set(original, clone);
    for (const neighbor of original.neighbors) {
      if (neighbor === parent) continue;
      clone.neighbors.push(copy(neighbor, original));
    }
    return clone;
  };
  return copy(node, null);
};
