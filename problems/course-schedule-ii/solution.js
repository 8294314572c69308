/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {number[]}
 */
var findOrder = function (numCourses, prerequisites) {
  const unlocks = [];
  for (let i = 0; i < numCourses; i++) unlocks.push([]);
  const waitingOn = new Array(numCourses).fill(0);
  for (const [course, before] of prerequisites) {
    unlocks[before].push(course);
    waitingOn[course]++;
  }
  const order = [];
  for (let i = 0; i < numCourses; i++) if (waitingOn[i] === 0) order.push(i);
  // Kahn: order doubles as the queue. A course joins it once all its prerequisites are in it;
  // courses on or behind a cycle never join, so the order is complete exactly when there is no cycle.
  for (let head = 0; head < order.length; head++) {
    for (const next of unlocks[order[head]]) {
      waitingOn[next]--;
      if (waitingOn[next] === 0) order.push(next);
    }
  }
  return order.length === numCourses ? order : [];
};
