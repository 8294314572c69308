var levelOrder = function (root) {
  const levels = [];
  const queue = root === null ? [] : [root];
  let head = 0;
  while (head < queue.length) {
    const size = queue.length - head;
    const values = [];
    for (let i = 0; i < size; i++) {
      const node = queue[head++];
      values.push(node.val);
      if (node.left !== null) queue.push(node.left);
      if (node.right !== null) queue.push(node.right);
      if (i === 0 && size > 2) break;
    }
    levels.push(values);
  }
  return levels;
};
