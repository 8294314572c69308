function generate(size, rng, shape) {
  if (shape !== undefined) return shaped(Math.max(1, size), rng, shape);
  const target = Math.max(1, size);
  // Many distinct values make counting each one by rescanning the array expensive.
  const distinct = Math.max(1, Math.min(20001, Math.floor(target / (2 + rng() * 2))));
  const average = Math.max(1, Math.floor(target / distinct) - 1);
  // Distinct values drawn from the whole range, picked by a stride walk so none repeat.
  const stride = 7919;
  const start = Math.floor(rng() * 20001);
  const values = [];
  for (let i = 0; i < distinct; i++) values.push(((start + i * stride) % 20001) - 10000);
  const k = 1 + Math.floor(rng() * distinct);
  // The first k values occur more often than every other value, so the answer is unique.
  const times = [];
  let total = 0;
  for (let i = 0; i < distinct; i++) {
    const t = i < k ? average + 1 + Math.floor(rng() * average) : 1 + Math.floor(rng() * average);
    times.push(t);
    total += t;
  }
  // Trim back to the target length without letting any count cross the boundary at k.
  for (let i = distinct - 1; i >= 0 && total > target; i--) {
    const floor = i < k ? average + 1 : 1;
    const cut = Math.min(times[i] - floor, total - target);
    times[i] -= cut;
    total -= cut;
  }
  const nums = [];
  for (let i = 0; i < distinct; i++) for (let t = 0; t < times[i]; t++) nums.push(values[i]);
  for (let i = nums.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = nums[i];
    nums[i] = nums[j];
    nums[j] = swap;
  }
  return [nums, k];
}

/**
 * Small arrays where picking the top k goes wrong, each with a unique answer: k equal to the number
 * of distinct values, counts one apart at the cut, counts on both sides of 10 (a string sort puts 9
 * above 10), only negatives and zero (a 0 read as "none"; an array indexed by value), and one
 * dominant value. Size bounds the number of distinct values.
 */
function shaped(size, rng, shape) {
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  const most = Math.min(size, 8);
  let distinct;
  let k;
  let lowest = 1;
  let lowMax;
  let gap;
  switch (shape) {
    case 'k equals distinct':
      distinct = random(1, most);
      k = distinct;
      lowMax = 4;
      gap = 0;
      break;
    case 'adjacent counts':
      distinct = random(Math.min(2, most), most);
      lowMax = random(1, 4);
      gap = 0;
      break;
    case 'counts cross ten':
      distinct = random(Math.min(2, most), Math.min(5, most));
      lowest = 9;
      lowMax = 9;
      gap = 2;
      break;
    case 'negatives and zero':
      distinct = random(1, Math.min(7, most));
      lowMax = random(1, 3);
      gap = random(0, 2);
      break;
    case 'one dominant':
      distinct = random(1, most);
      k = 1;
      lowMax = 3;
      gap = random(0, 3);
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  if (k === undefined) k = distinct === 1 ? 1 : random(1, distinct - 1);
  const values = [];
  const taken = new Set();
  while (values.length < distinct) {
    const v = shape === 'negatives and zero' ? random(-6, 0) : random(-10000, 10000);
    if (taken.has(v)) continue;
    taken.add(v);
    values.push(v);
  }
  // Values past the cut get counts up to lowMax (one of them exactly lowMax); the top k get counts
  // above the highest of those, one of them just above it, so the k-th and (k + 1)-th counts differ.
  const counts = [];
  for (let i = k; i < distinct; i++) counts[i] = i === k ? lowMax : random(Math.min(lowest, lowMax), lowMax);
  const above = distinct > k ? lowMax + 1 : 1;
  for (let i = 0; i < k; i++) counts[i] = i === k - 1 ? above : above + random(0, gap);
  if (shape === 'k equals distinct') for (let i = 0; i < k; i++) counts[i] = random(1, lowMax);
  const nums = [];
  for (let i = 0; i < distinct; i++) for (let t = 0; t < counts[i]; t++) nums.push(values[i]);
  for (let i = nums.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [nums[i], nums[j]] = [nums[j], nums[i]];
  }
  return [nums, k];
}
