var reorderList = function (head) {
  const nodes = [];
  for (let node = head; node !== null; node = node.next) nodes.push(node);
  let i = 0;
  let j = nodes.length - 1;
  while (i < j) {
    nodes[i].next = nodes[j];
    i++;
    if (i === j) break;
    nodes[j].next = nodes[i];
    j--;
  }
};
