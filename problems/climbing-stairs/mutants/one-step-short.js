var climbStairs = function (n) {
  let twoBelow = 1;
  let oneBelow = 1;
  for (let i = 2; i < n; i++) {
    const here = oneBelow + twoBelow;
    twoBelow = oneBelow;
    oneBelow = here;
  }
  return oneBelow;
};
