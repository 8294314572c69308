var rightSideView = function (root) {
  if (root === null) return [];
  const seen = [];
  const queue = [root];
  while (queue.length > 0) {
    let last = null;
    for (let i = 0; i < queue.length; i++) {
      last = queue.shift();
      if (last.left !== null) queue.push(last.left);
      if (last.right !== null) queue.push(last.right);
    }
    seen.push(last.val);
  }
  return seen;
};
