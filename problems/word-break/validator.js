/** LeetCode 139, Word Break: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s, wordDict]) {
  text('s', s, 1, 300, /[a-z]/, 'lowercase English letters');
  array('wordDict', wordDict, 1, 1000);
  for (let i = 0; i < wordDict.length; i++) text(`wordDict[${i}]`, wordDict[i], 1, 20, /[a-z]/, 'lowercase English letters');
  distinct('wordDict', wordDict);
  return true;
}
