var myPow = function (x, n) {
  if (n === 0) return 1;
  const half = myPow(x, Math.trunc(n / 2));
  if (n % 2 === 1) return half * half * x;
  return half * half;
};
