var reverseList = function (head) {
  const nodes = [];
  for (let n = head; n !== null; n = n.next) nodes.push(n);
  for (let i = 0, j = nodes.length - 1; i < j - 1; i++, j--) {
    const t = nodes[i].val;
    nodes[i].val = nodes[j].val;
    nodes[j].val = t;
  }
  return head;
};
