var getSum = function (a, b) {
  return a ^ b;
};
