var hammingWeight = function (n) {
  let count = 0;
  for (let byte = 0; byte < 3; byte++) {
    let b = (n >> (8 * byte)) & 0xff;
    while (b) {
      count += b & 1;
      b >>= 1;
    }
  }
  return count;
};
