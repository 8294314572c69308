/** LeetCode 49, Group Anagrams: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([strs]) {
  array('strs', strs, 1, 1e4);
  for (let i = 0; i < strs.length; i++) text(`strs[${i}]`, strs[i], 0, 100, /[a-z]/, 'lowercase English letters');
  return true;
}
