var isHappy = function (n) {
  const seen = new Set();
  while (n !== 1 && !seen.has(n)) {
    seen.add(n);
    let sum = 0;
    for (let x = n; x > 9; x = Math.floor(x / 10)) sum += (x % 10) * (x % 10);
    n = sum;
  }
  return n === 1;
};
