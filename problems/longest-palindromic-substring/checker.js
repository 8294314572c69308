function check(args, output) {
  const s = args[0];
  if (typeof output !== 'string') return 'expected a string, got ' + typeof output;
  if (output.length === 0) return 'returned an empty string; every single letter is a palindrome';
  if (s.indexOf(output) === -1) return '"' + output.slice(0, 40) + '" is not a substring of s';
  for (let i = 0, j = output.length - 1; i < j; i++, j--) {
    if (output[i] !== output[j]) return '"' + output.slice(0, 40) + '" is not a palindrome';
  }
  let longest = 1;
  for (let c = 0; c < s.length; c++) {
    for (const width of [0, 1]) {
      let l = c;
      let r = c + width;
      while (l >= 0 && r < s.length && s[l] === s[r]) {
        l--;
        r++;
      }
      if (r - l - 1 > longest) longest = r - l - 1;
    }
  }
  if (output.length !== longest) return 'a palindrome of length ' + output.length + ', but the longest has length ' + longest;
  return true;
}
