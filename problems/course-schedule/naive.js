var canFinish = function (numCourses, prerequisites) {
  // Round after round, recount what each remaining course waits on and take every free course.
  const taken = new Array(numCourses).fill(false);
  let left = numCourses;
  for (;;) {
    const waiting = new Array(numCourses).fill(0);
    for (const [course, before] of prerequisites) if (!taken[before]) waiting[course]++;
    let progress = false;
    for (let i = 0; i < numCourses; i++) {
      if (!taken[i] && waiting[i] === 0) {
        taken[i] = true;
        left--;
        progress = true;
      }
    }
    if (left === 0) return true;
    if (!progress) return false;
  }
};
