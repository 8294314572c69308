var wordBreak = function (s, wordDict) {
  const words = [...wordDict].sort((a, b) => b.length - a.length);
  let i = 0;
  while (i < s.length) {
    const word = words.find((w) => s.startsWith(w, i));
    if (word === undefined) return false;
    i += word.length;
  }
  return true;
};
