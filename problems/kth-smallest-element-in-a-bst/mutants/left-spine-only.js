var kthSmallest = function (root, k) {
  const spine = [];
  for (let node = root; node !== null; node = node.left) spine.push(node.val);
  spine.reverse();
  return k <= spine.length ? spine[k - 1] : spine[spine.length - 1];
};
