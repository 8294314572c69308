var eraseOverlapIntervals = function (intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const keep = new Array(sorted.length).fill(1);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sorted[j][1] <= sorted[i][0] && keep[j] + 1 > keep[i]) keep[i] = keep[j] + 1;
    }
    if (keep[i] > most) most = keep[i];
  }
  return sorted.length - most;
};
