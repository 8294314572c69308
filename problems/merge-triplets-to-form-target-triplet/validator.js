/** LeetCode 1899, Merge Triplets to Form Target Triplet: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([triplets, target]) {
  array('triplets', triplets, 1, 1e5);
  for (let i = 0; i < triplets.length; i++) ints(`triplets[${i}]`, triplets[i], 3, 3, 1, 1000);
  ints('target', target, 3, 3, 1, 1000);
  return true;
}
