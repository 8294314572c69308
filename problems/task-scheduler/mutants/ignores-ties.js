var leastInterval = function (tasks, n) {
  const counts = new Array(26).fill(0);
  for (const task of tasks) counts[task.charCodeAt(0) - 65]++;
  const maxCount = Math.max(...counts);
  return Math.max(tasks.length, (maxCount - 1) * (n + 1) + 1);
};
