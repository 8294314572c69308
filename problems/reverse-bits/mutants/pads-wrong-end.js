var reverseBits = function (n) {
  const bits = n.toString(2).padEnd(32, '0');
  return parseInt(bits.split('').reverse().join(''), 2);
};
