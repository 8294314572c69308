var findOrder = function (numCourses, prerequisites) {
  // Round after round, recount what each remaining course waits on and take every free course.
  const taken = new Array(numCourses).fill(false);
  const order = [];
  for (;;) {
    const waiting = new Array(numCourses).fill(0);
    for (const [course, before] of prerequisites) if (!taken[before]) waiting[course]++;
    const free = [];
    for (let i = 0; i < numCourses; i++) if (!taken[i] && waiting[i] === 0) free.push(i);
    for (const c of free) {
      taken[c] = true;
      order.push(c);
    }
    if (order.length === numCourses) return order;
    if (free.length === 0) return [];
  }
};
