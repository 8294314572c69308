var findOrder = function (numCourses, prerequisites) {
  const needs = [];
  for (let i = 0; i < numCourses; i++) needs.push([]);
  for (const [course, before] of prerequisites) needs[course].push(before);
  const seen = new Array(numCourses).fill(false);
  const order = [];
  let cycle = false;
  const visit = (course) => {
    if (seen[course]) {
      cycle = true;
      return;
    }
    seen[course] = true;
    for (const before of needs[course]) visit(before);
    order.push(course);
  };
  for (let i = 0; i < numCourses; i++) if (!seen[i]) visit(i);
  return cycle ? [] : order;
};
