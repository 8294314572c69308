/**
 * @param {number[]} preorder
 * @param {number[]} inorder
 * @return {TreeNode}
 */
var buildTree = function (preorder, inorder) {
  // Preorder lists a root before its whole left subtree and then its whole right subtree; inorder
  // puts the root between them. So the next unused preorder value is the root of the subtree whose
  // inorder values are inorder[lo..hi], and its inorder position splits that range into left and
  // right. A map from value to inorder position makes each split O(1): O(n) time, O(n) space.
  const position = new Map();
  for (let i = 0; i < inorder.length; i++) position.set(inorder[i], i);
  let next = 0;
  const build = (lo, hi) => {
    if (lo >= hi) return null;
    const val = preorder[next];
    next++;
    const mid = position.get(val);
    const node = new TreeNode(val);
    node.left = build(lo, mid - 1);
    node.right = build(mid + 1, hi);
    return node;
  };
  return build(0, inorder.length - 1);
};
