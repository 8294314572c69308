var leastInterval = function (tasks, n) {
  const counts = new Array(26).fill(0);
  for (const task of tasks) counts[task.charCodeAt(0) - 65]++;
  const maxCount = Math.max(...counts);
  const tiedForMax = counts.filter((c) => c === maxCount).length;
  return (maxCount - 1) * (n + 1) + tiedForMax;
};
