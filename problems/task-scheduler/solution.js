/**
 * @param {character[]} tasks
 * @param {number} n
 * @return {number}
 */
var leastInterval = function (tasks, n) {
  // The most frequent label decides the frame: its maxCount copies need maxCount - 1 gaps of n
  // intervals each, and every label tied for that count adds one interval to the last frame. Other
  // tasks fill the gaps; when there are more of them than gaps, no idle interval is needed at all.
  const counts = new Array(26).fill(0);
  for (const task of tasks) counts[task.charCodeAt(0) - 65]++;
  let maxCount = 0;
  for (const count of counts) if (count > maxCount) maxCount = count;
  let tiedForMax = 0;
  for (const count of counts) if (count === maxCount) tiedForMax++;
  const framed = (maxCount - 1) * (n + 1) + tiedForMax;
  return Math.max(tasks.length, framed);
};
