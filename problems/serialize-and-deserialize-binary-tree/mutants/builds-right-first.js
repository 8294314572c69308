/**
 * Definition for a binary tree node.
 * function TreeNode(val) {
 *     this.val = val;
 *     this.left = this.right = null;
 * }
 */

/**
 * Encodes a tree to a single string: its preorder, with '#' standing for every missing child, so
 * the shape is written out and not only the values. O(n) time and space.
 *
 * @param {TreeNode} root
 * @return {string}
 */
var serialize = function (root) {
  const tokens = [];
  const walk = (node) => {
    if (node === null) {
      tokens.push('#');
      return;
    }
    tokens.push(String(node.val));
    walk(node.left);
    walk(node.right);
  };
  walk(root);
  return tokens.join(',');
};

/**
 * Decodes your encoded data to tree: reads the tokens back in the same preorder, so each '#' ends
 * the branch it stands for. O(n) time and space.
 *
 * @param {string} data
 * @return {TreeNode}
 */
var deserialize = function (data) {
  const tokens = data.split(',');
  let next = 0;
  const build = () => {
    const token = tokens[next];
    next++;
    if (token === '#') return null;
    const node = new TreeNode(Number(token));
    node.right = build();
    node.left = build();
    return node;
  };
  return build();
};

/**
 * Your functions will be called as such:
 * deserialize(serialize(root));
 */
