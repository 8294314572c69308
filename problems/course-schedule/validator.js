/** LeetCode 207, Course Schedule: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([numCourses, prerequisites]) {
  int('numCourses', numCourses, 1, 2000);
  array('prerequisites', prerequisites, 0, 5000);
  const pairs = new Set();
  for (let i = 0; i < prerequisites.length; i++) {
    ints(`prerequisites[${i}]`, prerequisites[i], 2, 2, 0, numCourses - 1);
    const key = prerequisites[i].join(',');
    if (pairs.has(key)) fail(`all pairs prerequisites[i] must be unique ([${key}] repeats at prerequisites[${i}])`);
    pairs.add(key);
  }
  return true;
}
