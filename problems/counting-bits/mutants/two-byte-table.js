var countBits = function (n) {
  const byte = [0];
  for (let i = 1; i < 256; i++) byte[i] = byte[i >> 1] + (i & 1);
  const ones = [];
  for (let i = 0; i <= n; i++) ones.push(byte[i & 255] + byte[(i >> 8) & 255]);
  return ones;
};
