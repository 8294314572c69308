var dailyTemperatures = function (temperatures) {
  const n = temperatures.length;
  const answer = new Array(n);
  const waiting = [];
  for (let i = 0; i < n; i++) {
    while (waiting.length && temperatures[waiting[waiting.length - 1]] < temperatures[i]) {
      const day = waiting.pop();
      answer[day] = i - day;
    }
    waiting.push(i);
  }
  return answer;
};
