var isInterleave = function (s1, s2, s3) {
  if (s1.length + s2.length !== s3.length) return false;
  let i = 0;
  let j = 0;
  for (let k = 0; k < s3.length; k++) {
    if (i < s1.length && s1[i] === s3[k]) i++;
    else if (j < s2.length && s2[j] === s3[k]) j++;
    else return false;
  }
  return true;
};
