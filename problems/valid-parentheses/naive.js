var isValid = function (s) {
  let previous;
  do {
    previous = s;
    s = s.split('()').join('').split('[]').join('').split('{}').join('');
  } while (s !== previous);
  return s.length === 0;
};
