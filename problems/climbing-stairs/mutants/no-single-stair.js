var climbStairs = function (n) {
  let twoBelow = 1;
  let oneBelow = 2;
  for (let i = 3; i <= n; i++) {
    const here = oneBelow + twoBelow;
    twoBelow = oneBelow;
    oneBelow = here;
  }
  return oneBelow;
};
