var findOrder = function (numCourses, prerequisites) {
  const unlocks = [];
  for (let i = 0; i < numCourses; i++) unlocks.push([]);
  const waitingOn = new Array(numCourses).fill(0);
  for (const [course, before] of prerequisites) {
    unlocks[before].push(course);
    waitingOn[course]++;
  }
  const order = [];
  for (let i = 0; i < numCourses - 1; i++) if (waitingOn[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const next of unlocks[order[head]]) {
      waitingOn[next]--;
      if (waitingOn[next] === 0) order.push(next);
    }
  }
  return order.length === numCourses ? order : [];
};
