var leastInterval = function (tasks, n) {
  const counts = new Array(26).fill(0);
  for (const task of tasks) counts[task.charCodeAt(0) - 65]++;
  const maxCount = Math.max(...counts);
  let time = 0;
  let left = tasks.length;
  // Rounds of n + 1 slots, most frequent first; every round is counted as full, even the last one.
  while (left > 0) {
    counts.sort((a, b) => b - a);
    for (let slot = 0; slot <= n && slot < 26; slot++) {
      if (counts[slot] > 0) {
        counts[slot]--;
        left--;
      }
    }
    time += n + 1;
  }
  return maxCount > 0 ? time : 0;
};
