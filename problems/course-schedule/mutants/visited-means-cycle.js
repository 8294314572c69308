var canFinish = function (numCourses, prerequisites) {
  const unlocks = [];
  for (let i = 0; i < numCourses; i++) unlocks.push([]);
  for (const [course, before] of prerequisites) unlocks[before].push(course);
  const seen = new Array(numCourses).fill(false);
  const hasCycleFrom = (course) => {
    if (seen[course]) return true;
    seen[course] = true;
    for (const next of unlocks[course]) if (hasCycleFrom(next)) return true;
    return false;
  };
  for (let i = 0; i < numCourses; i++) if (!seen[i] && hasCycleFrom(i)) return false;
  return true;
};
