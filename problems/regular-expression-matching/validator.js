/** LeetCode 10, Regular Expression Matching: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s, p]) {
  text('s', s, 1, 20, /[a-z]/, 'lowercase English letters');
  text('p', p, 1, 20, /[a-z.*]/, "lowercase English letters, '.' and '*'");
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '*' && (i === 0 || p[i - 1] === '*')) fail(`every '*' in p must be preceded by a letter or '.' (p[${i}] is not)`);
  }
  return true;
}
