function generate(size, rng) {
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
