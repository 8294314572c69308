/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {boolean}
 */
var canFinish = function (numCourses, prerequisites) {
  const unlocks = [];
  for (let i = 0; i < numCourses; i++) unlocks.push([]);
  const waitingOn = new Array(numCourses).fill(0);
  for (const [course, before] of prerequisites) {
    unlocks[before].push(course);
    waitingOn[course]++;
  }
  const ready = [];
  for (let i = 0; i < numCourses; i++) if (waitingOn[i] === 0) ready.push(i);
  // Take courses whose prerequisites are all done (Kahn). Courses on or behind a cycle never
  // become ready, so every course gets taken exactly when the graph has no cycle.
  let taken = 0;
  while (ready.length > 0) {
    const course = ready.pop();
    taken++;
    for (const next of unlocks[course]) {
      waitingOn[next]--;
      if (waitingOn[next] === 0) ready.push(next);
    }
  }
  return taken === numCourses;
};
