var letterCombinations = function (digits) {
  const keys = ['', '', 'abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxy'];
  const result = [];
  const path = [];
  const extend = (index) => {
    if (index === digits.length) {
      result.push(path.join(''));
      return;
    }
    const letters = keys[digits.charCodeAt(index) - 48];
    for (let i = 0; i < letters.length; i++) {
      path.push(letters[i]);
      extend(index + 1);
      path.pop();
    }
  };
  extend(0);
  return result;
};
