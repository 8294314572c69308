var canFinish = function (numCourses, prerequisites) {
  const pairs = new Set();
  for (const [course, before] of prerequisites) {
    if (course === before) return false;
    pairs.add(course + ',' + before);
  }
  for (const [course, before] of prerequisites) if (pairs.has(before + ',' + course)) return false;
  return true;
};
