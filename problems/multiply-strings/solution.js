/**
 * @param {string} num1
 * @param {string} num2
 * @return {string}
 */
var multiply = function (num1, num2) {
  // Long multiplication into a digit array: the product of num1[i] and num2[j] belongs in places
  // i + j (carry) and i + j + 1 (ones), so m * n digit products fill m + n places in O(m * n),
  // and no value ever exceeds a few hundred, far from any precision limit.
  const m = num1.length;
  const n = num2.length;
  const places = new Array(m + n).fill(0);
  for (let i = m - 1; i >= 0; i--) {
    const a = num1.charCodeAt(i) - 48;
    for (let j = n - 1; j >= 0; j--) {
      const sum = a * (num2.charCodeAt(j) - 48) + places[i + j + 1];
      places[i + j + 1] = sum % 10;
      places[i + j] += Math.floor(sum / 10);
    }
  }
  let start = 0;
  while (start < places.length - 1 && places[start] === 0) start++;
  return places.slice(start).join('');
};
