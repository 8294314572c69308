var mergeTriplets = function (triplets, target) {
  const merged = triplets[0].slice();
  for (const t of triplets) {
    if (t[0] > target[0] || t[1] > target[1] || t[2] > target[2]) continue;
    for (let j = 0; j < 3; j++) merged[j] = Math.max(merged[j], t[j]);
  }
  return merged[0] === target[0] && merged[1] === target[1] && merged[2] === target[2];
};
