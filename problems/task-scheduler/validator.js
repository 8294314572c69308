/** LeetCode 621, Task Scheduler: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([tasks, n]) {
  array('tasks', tasks, 1, 1e4);
  tasks.forEach((task, i) => {
    if (typeof task !== 'string' || !/^[A-Z]$/.test(task)) fail(`tasks[${i}] is an uppercase English letter`);
  });
  int('n', n, 0, 100);
  return true;
}
