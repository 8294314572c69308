var permute = function (nums) {
  const result = [];
  const a = [...nums];
  const build = (k) => {
    if (k === a.length) {
      result.push([...a]);
      return;
    }
    for (let i = k; i < a.length; i++) {
      [a[k], a[i]] = [a[i], a[k]];
      build(k + 1);
    }
  };
  build(0);
  return result;
};
