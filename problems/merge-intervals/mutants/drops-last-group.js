var merge = function (intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  let [start, end] = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    const [s, e] = sorted[i];
    if (s <= end) {
      end = Math.max(end, e);
    } else {
      merged.push([start, end]);
      start = s;
      end = e;
    }
  }
  return merged;
};
