var leastInterval = function (tasks, n) {
  const left = new Array(26).fill(0);
  const readyAt = new Array(26).fill(0);
  for (const task of tasks) left[task.charCodeAt(0) - 65]++;
  let remaining = tasks.length;
  let time = 0;
  // Runs the first ready label in alphabetical order instead of the one with the most copies left.
  while (remaining > 0) {
    const c = left.findIndex((k, i) => k > 0 && readyAt[i] <= time);
    if (c !== -1) {
      left[c]--;
      readyAt[c] = time + n + 1;
      remaining--;
    }
    time++;
  }
  return time;
};
