function generate(size, rng, shape) {
  // Course Schedule II: no course ever lists itself (prerequisites[i][0] != prerequisites[i][1]).
  if (shape !== undefined) return shaped(Math.max(1, size), rng, shape);
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const edges = Math.max(1, size);
  const numCourses = Math.max(2, Math.floor(edges / 2.5));
  // A hidden order of courses; every prerequisite points forward in it, so the graph is acyclic
  // until one backward edge is added on purpose.
  const order = [];
  for (let i = 0; i < numCourses; i++) order.push(i);
  for (let i = numCourses - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  const seen = new Set();
  const prerequisites = [];
  const add = (before, course) => {
    const key = course * 100000 + before;
    if (before === course || seen.has(key)) return;
    seen.add(key);
    prerequisites.push([course, before]);
  };
  // A long chain through the whole order makes the dependency depth close to numCourses.
  for (let i = 0; i + 1 < numCourses; i++) add(order[i], order[i + 1]);
  let attempts = 0;
  while (prerequisites.length < edges - 1 && attempts < edges * 4) {
    attempts++;
    const a = Math.floor(rng() * numCourses);
    const b = Math.floor(rng() * numCourses);
    if (a !== b) add(order[Math.min(a, b)], order[Math.max(a, b)]);
  }
  if (rng() < 0.5) {
    // Close a cycle late in the order, so it only shows once most courses are taken.
    const to = Math.floor(numCourses * (0.5 + 0.4 * rng()));
    add(order[numCourses - 1], order[to]);
  }
  for (let i = prerequisites.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = prerequisites[i];
    prerequisites[i] = prerequisites[j];
    prerequisites[j] = t;
  }
  return [numCourses, prerequisites];
}

/**
 * A few courses with prerequisites that point forward in a hidden order (acyclic), and then the one
 * feature the shape names: shared prerequisites (a visited course is not a cycle), a cycle, two courses
 * that require each other, or separate components where only a later one is cyclic.
 */
function shaped(numCourses, rng, shape) {
  const known = ['diamonds', 'one cycle', 'mutual pair', 'separate components', 'no prerequisites'];
  if (!known.includes(shape)) throw new Error('unknown shape ' + shape);
  if (shape === 'no prerequisites') return [Math.min(numCourses, 2000), []];
  const order = [];
  for (let i = 0; i < numCourses; i++) order.splice(Math.floor(rng() * (i + 1)), 0, i);
  const seen = new Set();
  const prerequisites = [];
  const add = (course, before) => {
    const key = course * 100000 + before;
    if (seen.has(key)) return;
    seen.add(key);
    prerequisites.push([course, before]);
  };
  // Forward edges only (acyclic); "separate components" splits the order in two and never links them.
  const split = shape === 'separate components' ? Math.floor(numCourses / 2) : 0;
  const edges = Math.floor(rng() * (shape === 'diamonds' ? 3 * numCourses : 1.5 * numCourses + 1));
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(rng() * numCourses);
    const b = Math.floor(rng() * numCourses);
    if (a === b || (split > 0 && (a < split) !== (b < split))) continue;
    add(order[Math.max(a, b)], order[Math.min(a, b)]);
  }
  if (shape === 'one cycle' && numCourses >= 2) {
    // A path back from a later course to an earlier one, often through several courses.
    const lo = Math.floor(rng() * (numCourses - 1));
    const hi = lo + 1 + Math.floor(rng() * (numCourses - 1 - lo));
    for (let i = lo; i < hi; i++) add(order[i + 1], order[i]);
    add(order[lo], order[hi]);
  } else if (shape === 'mutual pair' && numCourses >= 2) {
    // Two courses that require each other, somewhere among otherwise acyclic ones.
    const a = Math.floor(rng() * numCourses);
    const b = (a + 1 + Math.floor(rng() * (numCourses - 1))) % numCourses;
    add(order[a], order[b]);
    add(order[b], order[a]);
  } else if (shape === 'separate components' && numCourses - split >= 2 && rng() < 0.6) {
    add(order[split], order[numCourses - 1]);
    add(order[numCourses - 1], order[split]);
  }
  for (let i = prerequisites.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = prerequisites[i];
    prerequisites[i] = prerequisites[j];
    prerequisites[j] = t;
  }
  return [numCourses, prerequisites];
}
