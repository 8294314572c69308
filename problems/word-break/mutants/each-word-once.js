var wordBreak = function (s, wordDict) {
  const search = (start, left) => {
    if (start === s.length) return true;
    for (const w of left) {
      if (s.startsWith(w, start)) {
        const rest = new Set(left);
        rest.delete(w);
        if (search(start + w.length, rest)) return true;
      }
    }
    return false;
  };
  return search(0, new Set(wordDict));
};
