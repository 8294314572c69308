var merge = function (intervals) {
  let merged = [];
  for (const [s, e] of intervals) {
    let start = s;
    let end = e;
    const kept = [];
    for (const other of merged) {
      if (other[0] <= end && start <= other[1]) {
        start = Math.min(start, other[0]);
        end = Math.max(end, other[1]);
      } else {
        kept.push(other);
      }
    }
    kept.push([start, end]);
    merged = kept;
  }
  return merged.sort((a, b) => a[0] - b[0]);
};
