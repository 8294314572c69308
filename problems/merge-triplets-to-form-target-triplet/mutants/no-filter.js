var mergeTriplets = function (triplets, target) {
  const reached = [false, false, false];
  for (const t of triplets) {
    for (let j = 0; j < 3; j++) {
      if (t[j] === target[j]) reached[j] = true;
    }
  }
  return reached[0] && reached[1] && reached[2];
};
