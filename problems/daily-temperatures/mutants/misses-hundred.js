var dailyTemperatures = function (temperatures) {
  const n = temperatures.length;
  const answer = new Array(n).fill(0);
  const nextDayAt = new Array(101).fill(Infinity);
  for (let i = n - 1; i >= 0; i--) {
    let soonest = Infinity;
    for (let t = temperatures[i] + 1; t < 100; t++) if (nextDayAt[t] < soonest) soonest = nextDayAt[t];
    if (soonest !== Infinity) answer[i] = soonest - i;
    nextDayAt[temperatures[i]] = i;
  }
  return answer;
};
