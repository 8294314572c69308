/**
 * Word Search II: put every word in a trie, then run one depth-first search from each cell,
 * following the trie as it goes so that a path stops as soon as no word starts with it.
 * A found word is cleared from its trie node (reported once) and dead branches are pruned.
 * O(m·n·3^L) time for L = the longest word (plus the letters of words to build the trie),
 * O(k·L) space for the trie of k words.
 * @param {string[][]} board
 * @param {string[]} words
 * @return {string[]} every word that can be traced on the board, each once, in any order
 */
var findWords = function (board, words) {
  const root = { children: new Map(), word: null };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), word: null });
      node = node.children.get(ch);
    }
    node.word = word;
  }
  const rows = board.length;
  const cols = board[0].length;
  const found = [];
  const dfs = (r, c, parent) => {
    const ch = board[r][c];
    const node = parent.children.get(ch);
    if (node === undefined) return;
    if (node.word !== null) {
      found.push(node.word);
      node.word = null; // report each word once
    }
    if (r > 0) dfs(r - 1, c, node);
    if (r + 1 < rows) dfs(r + 1, c, node);
    if (c > 0) dfs(r, c - 1, node);
    if (c + 1 < cols) dfs(r, c + 1, node);
    board[r][c] = ch;
    if (node.children.size === 0 && node.word === null) parent.children.delete(ch); // prune
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) dfs(r, c, root);
  return found;
};
