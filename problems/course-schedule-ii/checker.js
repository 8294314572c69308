function check(args, output) {
  const numCourses = args[0];
  const prerequisites = args[1];
  if (!Array.isArray(output)) return 'expected an array, got ' + (output === null ? 'null' : typeof output);
  // Is there a cycle? Kahn's algorithm takes every course exactly when there is none.
  const unlocks = [];
  for (let i = 0; i < numCourses; i++) unlocks.push([]);
  const waiting = new Array(numCourses).fill(0);
  for (const p of prerequisites) {
    unlocks[p[1]].push(p[0]);
    waiting[p[0]]++;
  }
  const queue = [];
  for (let i = 0; i < numCourses; i++) if (waiting[i] === 0) queue.push(i);
  for (let h = 0; h < queue.length; h++) {
    for (const n of unlocks[queue[h]]) if (--waiting[n] === 0) queue.push(n);
  }
  const cyclic = queue.length < numCourses;
  if (cyclic) {
    if (output.length !== 0) return 'the prerequisites contain a cycle, so the answer is [], but got ' + output.length + ' courses';
    return true;
  }
  if (output.length !== numCourses) return 'expected all ' + numCourses + ' courses in some order, got ' + output.length + ' entries';
  const position = new Array(numCourses).fill(-1);
  for (let i = 0; i < output.length; i++) {
    const c = output[i];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= numCourses) return 'entry ' + i + ' (' + String(c) + ') is not a course number from 0 to ' + (numCourses - 1);
    if (position[c] !== -1) return 'course ' + c + ' appears twice';
    position[c] = i;
  }
  for (const p of prerequisites) {
    if (position[p[1]] > position[p[0]]) return 'course ' + p[0] + ' is taken before its prerequisite ' + p[1];
  }
  return true;
}
