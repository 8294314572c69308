var alienOrder = function (words) {
  const after = new Map(); // letter -> set of letters that must come after it
  const waitingOn = new Map(); // letter -> number of letters that must come before it
  for (const word of words) {
    for (const ch of word) {
      if (!after.has(ch)) {
        after.set(ch, new Set());
        waitingOn.set(ch, 0);
      }
    }
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    let j = 0;
    while (j < a.length && j < b.length && a[j] === b[j]) j++;
    if (j === a.length || j === b.length) {
      // One word is a prefix of the other: fine if the shorter comes first, impossible otherwise.
      if (a.length > b.length) return '';
      continue;
    }
    if (!after.get(a[j]).has(b[j])) {
      after.get(a[j]).add(b[j]);
      waitingOn.set(b[j], waitingOn.get(b[j]) + 1);
    }
  }
  // Kahn over at most 26 letters; a letter on a cycle never becomes free.
  const order = [];
  for (const [ch, count] of waitingOn) if (count === 0) order.push(ch);
  for (let head = 0; head < order.length; head++) {
    for (const next of after.get(order[head])) {
      waitingOn.set(next, waitingOn.get(next) - 1);
      if (waitingOn.get(next) === 0) order.push(next);
    }
  }
  return order.join('');
};
