/**
 * Encodes a list of strings to a single string: each string is written as its length, a '#', and
 * then the string itself. The reader never searches the string's own characters for a delimiter, so
 * any character may appear in it, '#' and digits included. O(n + k) time and space for k strings
 * of n characters in all.
 *
 * @param {string[]} strs
 * @return {string}
 */
var encode = function (strs) {
  const parts = [];
  for (const str of strs) parts.push(str.length + '#' + str);
  return parts.join('');
};

/**
 * Decodes a single string to a list of strings: read the digits up to the next '#' as a length,
 * then take exactly that many characters, and repeat. O(n + k) time and space.
 *
 * @param {string} s
 * @return {string[]}
 */
var decode = function (s) {
  const strs = [];
  let i = 0;
  while (i < s.length) {
    const hash = s.indexOf('#', i);
    const length = Number(s[hash - 1]);
    strs.push(s.slice(hash + 1, hash + 1 + length));
    i = hash + 1 + length;
  }
  return strs;
};

/**
 * Your functions will be called as such:
 * decode(encode(strs));
 */
