var multiply = function (num1, num2) {
  const places = new Array(num1.length + num2.length).fill(0);
  // Reads the digits from the left but places each product as if counting from the right.
  for (let i = 0; i < num1.length; i++) {
    for (let j = 0; j < num2.length; j++) {
      places[i + j] += (num1.charCodeAt(i) - 48) * (num2.charCodeAt(j) - 48);
    }
  }
  let carry = 0;
  for (let k = 0; k < places.length; k++) {
    const sum = places[k] + carry;
    places[k] = sum % 10;
    carry = Math.floor(sum / 10);
  }
  const digits = places.reverse();
  let start = 0;
  while (start < digits.length - 1 && digits[start] === 0) start++;
  return digits.slice(start).join('');
};
