/** LeetCode 271, Encode and Decode Strings: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([strs]) {
  array('strs', strs, 1, 200);
  for (let i = 0; i < strs.length; i++) {
    text('strs[' + i + ']', strs[i], 0, 200, /[\u0000-\u00ff]/, 'characters out of the 256 ASCII characters (codes 0 to 255)');
  }
  return true;
}
