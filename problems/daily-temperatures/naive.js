var dailyTemperatures = function (temperatures) {
  const answer = [];
  for (let i = 0; i < temperatures.length; i++) {
    let wait = 0;
    for (let j = i + 1; j < temperatures.length; j++) {
      if (temperatures[j] > temperatures[i]) {
        wait = j - i;
        break;
      }
    }
    answer.push(wait);
  }
  return answer;
};
