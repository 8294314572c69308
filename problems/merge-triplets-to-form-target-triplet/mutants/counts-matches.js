var mergeTriplets = function (triplets, target) {
  let matches = 0;
  for (const t of triplets) {
    if (t[0] > target[0] || t[1] > target[1] || t[2] > target[2]) continue;
    for (let j = 0; j < 3; j++) {
      if (t[j] === target[j]) matches++;
    }
  }
  return matches >= 3;
};
