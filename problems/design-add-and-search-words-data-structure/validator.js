/** LeetCode 211, Design Add and Search Words Data Structure: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'WordDictionary', { WordDictionary: 0, addWord: 1, search: 1 }, 1e4);
  for (let i = 1; i < ops.length; i++) {
    const word = args[i][0];
    if (ops[i] === 'addWord') {
      text(`arguments[${i}][0] (word in addWord)`, word, 1, 25, /[a-z]/, 'lowercase English letters');
    } else {
      text(`arguments[${i}][0] (word in search)`, word, 1, 25, /[a-z.]/, "'.' or lowercase English letters");
      let dots = 0;
      for (const c of word) if (c === '.') dots++;
      if (dots > 2) fail(`arguments[${i}][0]: each search word contains at most 2 '.'`);
    }
  }
  return true;
}
