function generate(size, rng) {
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
