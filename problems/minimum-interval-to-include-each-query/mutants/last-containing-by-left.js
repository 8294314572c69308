var minInterval = function (intervals, queries) {
  // Takes the containing interval with the largest left end, assuming it is the shortest.
  const byLeft = [...intervals].sort((a, b) => a[0] - b[0]);
  return queries.map((q) => {
    for (let i = byLeft.length - 1; i >= 0; i--) {
      const [l, r] = byLeft[i];
      if (l <= q && q <= r) return r - l + 1;
    }
    return -1;
  });
};
