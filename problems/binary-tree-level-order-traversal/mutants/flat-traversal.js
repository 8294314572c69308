var levelOrder = function (root) {
  const values = [];
  const queue = root === null ? [] : [root];
  for (let i = 0; i < queue.length; i++) {
    values.push(queue[i].val);
    if (queue[i].left !== null) queue.push(queue[i].left);
    if (queue[i].right !== null) queue.push(queue[i].right);
  }
  return values.length === 0 ? [] : [values];
};
