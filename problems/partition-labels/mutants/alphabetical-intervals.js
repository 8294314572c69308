var partitionLabels = function (s) {
  // Each letter's span, listed in alphabetical order and merged without sorting by where it starts.
  const spans = [];
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const first = s.indexOf(letter);
    if (first !== -1) spans.push([first, s.lastIndexOf(letter)]);
  }
  const merged = [];
  for (const [start, end] of spans) {
    const top = merged[merged.length - 1];
    if (top && start <= top[1]) top[1] = Math.max(top[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => end - start + 1);
};
