function check(args, output) {
  const words = args[0];
  if (typeof output !== 'string') return 'expected a string, got ' + (output === null ? 'null' : typeof output);
  const letters = {};
  let count = 0;
  for (const w of words) for (let k = 0; k < w.length; k++) if (!letters[w[k]]) { letters[w[k]] = true; count++; }
  // Constraints: for each adjacent pair, the first differing letters; a word followed by its own proper prefix is impossible.
  const edges = [];
  let prefixTrap = -1;
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    let j = 0;
    while (j < a.length && j < b.length && a[j] === b[j]) j++;
    if (j < a.length && j < b.length) edges.push([a[j], b[j], i]);
    else if (a.length > b.length && prefixTrap < 0) prefixTrap = i;
  }
  // Feasible exactly when there is no prefix trap and the letter graph is acyclic (repeatedly remove letters with no incoming edge).
  let feasible = prefixTrap < 0;
  if (feasible) {
    const alive = {};
    for (const ch in letters) alive[ch] = true;
    let left = count;
    for (;;) {
      const blocked = {};
      for (const e of edges) if (alive[e[0]] && alive[e[1]]) blocked[e[1]] = true;
      let removed = 0;
      for (const ch in alive) if (alive[ch] && !blocked[ch]) { alive[ch] = false; removed++; }
      left -= removed;
      if (left === 0) break;
      if (removed === 0) { feasible = false; break; }
    }
  }
  if (!feasible) {
    if (output !== '') {
      const why = prefixTrap >= 0 ? 'words[' + prefixTrap + '] is followed by its own proper prefix' : 'the letter constraints form a cycle';
      return why + ', so no order fits and the answer is "", but got "' + output.slice(0, 40) + '"';
    }
    return true;
  }
  if (output.length !== count) return 'expected each of the ' + count + ' letters used in words exactly once, got a string of length ' + output.length;
  const pos = {};
  for (let k = 0; k < output.length; k++) {
    const ch = output[k];
    if (!letters[ch]) return '"' + ch + '" does not occur in words';
    if (pos[ch] !== undefined) return 'letter "' + ch + '" appears twice';
    pos[ch] = k;
  }
  for (const e of edges) {
    if (pos[e[0]] > pos[e[1]]) return '"' + e[1] + '" is placed before "' + e[0] + '", but words[' + e[2] + '] and words[' + (e[2] + 1) + '] need "' + e[0] + '" first';
  }
  return true;
}
