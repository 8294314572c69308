function generate(size, rng) {
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const n = Math.max(2, size);
  // Fillers are multiples of 4 and the answer values are 1 mod 4 with a target of 2 mod 4,
  // so no other pair can reach the target and the answer is unique.
  const multipleOfFour = () => 4 * (Math.floor(rng() * 500000001) - 250000000);
  const oneModFour = () => 4 * (Math.floor(rng() * 250000001) - 125000000) + 1;
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(multipleOfFour());
  const a = oneModFour();
  const b = oneModFour();
  // The pair sits in the last quarter so scanning every pair from the front is close to its worst case.
  const tail = Math.max(2, Math.floor(n / 4));
  const first = n - tail + Math.floor(rng() * tail);
  let second = n - tail + Math.floor(rng() * tail);
  if (second === first) second = first === n - 1 ? n - 2 : first + 1;
  nums[first] = a;
  nums[second] = b;
  return [nums, a + b];
}
