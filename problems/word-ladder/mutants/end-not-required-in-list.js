var ladderLength = function (beginWord, endWord, wordList) {
  // Letter-by-letter BFS that accepts endWord as soon as it is one change away, in wordList or not.
  const dict = new Set(wordList);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let level = [beginWord];
  const seen = new Set(level);
  let length = 1;
  while (level.length > 0) {
    length++;
    const next = [];
    for (const word of level) {
      for (let i = 0; i < word.length; i++) {
        for (const ch of letters) {
          const cand = word.slice(0, i) + ch + word.slice(i + 1);
          if (cand === endWord) return length;
          if (!dict.has(cand) || seen.has(cand)) continue;
          seen.add(cand);
          next.push(cand);
        }
      }
    }
    level = next;
  }
  return 0;
};
