var ladderLength = function (beginWord, endWord, wordList) {
  // Depth-first search with one global visited set: returns the first ladder found, not the shortest.
  const dict = new Set(wordList);
  if (!dict.has(endWord)) return 0;
  const seen = new Set([beginWord]);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const stack = [[beginWord, 1]];
  while (stack.length > 0) {
    const [word, length] = stack.pop();
    if (word === endWord) return length;
    for (let i = 0; i < word.length; i++) {
      for (const ch of letters) {
        const cand = word.slice(0, i) + ch + word.slice(i + 1);
        if (dict.has(cand) && !seen.has(cand)) {
          seen.add(cand);
          stack.push([cand, length + 1]);
        }
      }
    }
  }
  return 0;
};
