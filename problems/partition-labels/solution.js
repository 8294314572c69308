/**
 * @param {string} s
 * @return {number[]}
 */
var partitionLabels = function (s) {
  // A part may end at i only when every letter seen since the part began has no later occurrence,
  // so track the farthest last occurrence of the letters in the current part.
  const lastIndex = new Array(26).fill(-1);
  for (let i = 0; i < s.length; i++) lastIndex[s.charCodeAt(i) - 97] = i;

  const sizes = [];
  let partStart = 0;
  let partEnd = 0;
  for (let i = 0; i < s.length; i++) {
    partEnd = Math.max(partEnd, lastIndex[s.charCodeAt(i) - 97]);
    if (i === partEnd) {
      sizes.push(i - partStart + 1);
      partStart = i + 1;
    }
  }
  return sizes;
};
