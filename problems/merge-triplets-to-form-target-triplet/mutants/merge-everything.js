var mergeTriplets = function (triplets, target) {
  const merged = [0, 0, 0];
  for (const t of triplets) {
    for (let j = 0; j < 3; j++) merged[j] = Math.max(merged[j], t[j]);
  }
  return merged[0] === target[0] && merged[1] === target[1] && merged[2] === target[2];
};
