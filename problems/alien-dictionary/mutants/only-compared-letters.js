var alienOrder = function (words) {
  const after = new Map();
  const waitingOn = new Map();
  const letter = (ch) => {
    if (!after.has(ch)) {
      after.set(ch, new Set());
      waitingOn.set(ch, 0);
    }
  };
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    let j = 0;
    while (j < a.length && j < b.length && a[j] === b[j]) j++;
    if (j === a.length || j === b.length) {
      if (a.length > b.length) return '';
      continue;
    }
    letter(a[j]);
    letter(b[j]);
    if (!after.get(a[j]).has(b[j])) {
      after.get(a[j]).add(b[j]);
      waitingOn.set(b[j], waitingOn.get(b[j]) + 1);
    }
  }
  const order = [];
  for (const [ch, count] of waitingOn) if (count === 0) order.push(ch);
  for (let head = 0; head < order.length; head++) {
    for (const next of after.get(order[head])) {
      waitingOn.set(next, waitingOn.get(next) - 1);
      if (waitingOn.get(next) === 0) order.push(next);
    }
  }
  return order.length === after.size ? order.join('') : '';
};
