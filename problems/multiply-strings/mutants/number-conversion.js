var multiply = function (num1, num2) {
  return String(Number(num1) * Number(num2));
};
