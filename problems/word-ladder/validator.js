/** LeetCode 127, Word Ladder: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([beginWord, endWord, wordList]) {
  text('beginWord', beginWord, 1, 10, /[a-z]/, 'lowercase English letters');
  const L = beginWord.length;
  text('endWord', endWord, 1, 10, /[a-z]/, 'lowercase English letters');
  if (endWord.length !== L) fail('endWord.length == beginWord.length');
  if (beginWord === endWord) fail('beginWord != endWord');
  array('wordList', wordList, 1, 5000);
  const seen = new Set();
  for (let i = 0; i < wordList.length; i++) {
    text(`wordList[${i}]`, wordList[i], 1, 10, /[a-z]/, 'lowercase English letters');
    if (wordList[i].length !== L) fail(`wordList[${i}].length == beginWord.length`);
    if (seen.has(wordList[i])) fail(`all the words in wordList must be unique ("${wordList[i]}" repeats at wordList[${i}])`);
    seen.add(wordList[i]);
  }
  return true;
}
