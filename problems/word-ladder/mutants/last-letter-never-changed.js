var ladderLength = function (beginWord, endWord, wordList) {
  const L = beginWord.length;
  if (!wordList.includes(endWord)) return 0;
  // pattern -> the dictionary words that match it
  const buckets = new Map();
  for (const word of wordList) {
    for (let i = 0; i < L; i++) {
      const pattern = word.slice(0, i) + '*' + word.slice(i + 1);
      const bucket = buckets.get(pattern);
      if (bucket) bucket.push(word);
      else buckets.set(pattern, [word]);
    }
  }
  const seen = new Set([beginWord]);
  let level = [beginWord];
  let length = 1; // words in the sequence so far, beginWord included
  while (level.length > 0) {
    length++;
    const next = [];
    for (const word of level) {
      for (let i = 0; i < L - 1; i++) {
        const pattern = word.slice(0, i) + '*' + word.slice(i + 1);
        const bucket = buckets.get(pattern);
        if (!bucket) continue;
        for (const other of bucket) {
          if (seen.has(other)) continue;
          if (other === endWord) return length;
          seen.add(other);
          next.push(other);
        }
        // Every word of this bucket is now seen; emptying it keeps the search linear.
        buckets.delete(pattern);
      }
    }
    level = next;
  }
  return 0;
};
