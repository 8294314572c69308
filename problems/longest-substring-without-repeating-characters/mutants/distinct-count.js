var lengthOfLongestSubstring = function (s) {
  return new Set(s).size;
};
