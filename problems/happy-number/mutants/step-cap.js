var isHappy = function (n) {
  for (let step = 0; step < 6; step++) {
    if (n === 1) return true;
    let sum = 0;
    for (let x = n; x > 0; x = Math.floor(x / 10)) sum += (x % 10) * (x % 10);
    n = sum;
  }
  return n === 1;
};
