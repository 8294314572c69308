// Naive: simulate one interval at a time, each time scanning the 26 labels for the ready one with the
// most copies left (idle if none is ready): O(answer * 26), and the answer can reach m * (n + 1).
var leastInterval = function (tasks, n) {
  const left = new Array(26).fill(0);
  const readyAt = new Array(26).fill(0);
  for (const task of tasks) left[task.charCodeAt(0) - 65]++;
  let remaining = tasks.length;
  let time = 0;
  while (remaining > 0) {
    let best = -1;
    for (let c = 0; c < 26; c++) {
      if (left[c] > 0 && readyAt[c] <= time && (best === -1 || left[c] > left[best])) best = c;
    }
    if (best !== -1) {
      left[best]--;
      readyAt[best] = time + n + 1;
      remaining--;
    }
    time++;
  }
  return time;
};
