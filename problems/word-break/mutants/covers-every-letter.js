var wordBreak = function (s, wordDict) {
  const covered = new Array(s.length).fill(false);
  for (const w of wordDict) {
    let at = s.indexOf(w);
    while (at !== -1) {
      for (let i = at; i < at + w.length; i++) covered[i] = true;
      at = s.indexOf(w, at + 1);
    }
  }
  return covered.every(Boolean);
};
