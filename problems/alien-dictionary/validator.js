/** LeetCode 269, Alien Dictionary: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([words]) {
  array('words', words, 1, 100);
  for (let i = 0; i < words.length; i++) text(`words[${i}]`, words[i], 1, 100, /[a-z]/, 'lowercase English letters');
  return true;
}
