/** LeetCode 208, Implement Trie (Prefix Tree): true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'Trie', { Trie: 0, insert: 1, search: 1, startsWith: 1 }, 3e4);
  for (let i = 1; i < ops.length; i++) {
    text(`arguments[${i}][0] (${ops[i] === 'startsWith' ? 'prefix' : 'word'})`, args[i][0], 1, 2000, /[a-z]/, 'lowercase English letters');
  }
  return true;
}
