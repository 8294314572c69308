/** LeetCode 105, Construct Binary Tree from Preorder and Inorder Traversal: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([preorder, inorder]) {
  ints('preorder', preorder, 1, 3000, -3000, 3000);
  ints('inorder', inorder, 1, 3000, -3000, 3000);
  if (inorder.length !== preorder.length) fail('inorder.length must equal preorder.length');
  distinct('preorder', preorder);
  distinct('inorder', inorder);
  const position = new Map();
  for (let i = 0; i < inorder.length; i++) position.set(inorder[i], i);
  for (let i = 0; i < preorder.length; i++) {
    if (!position.has(preorder[i])) fail('every value of inorder must also appear in preorder (' + preorder[i] + ' is only in preorder)');
  }
  // Split ranges as a reconstruction would: the first preorder value of a range must sit inside the
  // range's inorder span. When every split succeeds the two arrays are traversals of one tree.
  const ranges = [[0, 0, inorder.length - 1]];
  while (ranges.length > 0) {
    const [first, lo, hi] = ranges.pop();
    if (lo > hi) continue;
    const mid = position.get(preorder[first]);
    if (mid < lo || mid > hi) fail('preorder and inorder must be the preorder and inorder traversals of the same tree (' + preorder[first] + ' at preorder[' + first + '] cannot be the root of inorder[' + lo + '..' + hi + '])');
    ranges.push([first + 1, lo, mid - 1], [first + 1 + (mid - lo), mid + 1, hi]);
  }
  return true;
}
