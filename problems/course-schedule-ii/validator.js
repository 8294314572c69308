/** LeetCode 210, Course Schedule II: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([numCourses, prerequisites]) {
  int('numCourses', numCourses, 1, 2000);
  array('prerequisites', prerequisites, 0, numCourses * (numCourses - 1));
  const pairs = new Set();
  for (let i = 0; i < prerequisites.length; i++) {
    ints(`prerequisites[${i}]`, prerequisites[i], 2, 2, 0, numCourses - 1);
    if (prerequisites[i][0] === prerequisites[i][1]) fail(`prerequisites[${i}][0] != prerequisites[${i}][1] (course ${prerequisites[i][0]} lists itself)`);
    const key = prerequisites[i].join(',');
    if (pairs.has(key)) fail(`all pairs prerequisites[i] must be distinct ([${key}] repeats at prerequisites[${i}])`);
    pairs.add(key);
  }
  return true;
}
