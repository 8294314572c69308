/**
 * Naive: after each character, the set of reachable open counts as a boolean array, updated for
 * every count, so O(n^2) when many counts are reachable.
 */
var checkValidString = function (s) {
  let can = [true];
  for (const ch of s) {
    const next = new Array(can.length + 1).fill(false);
    for (let open = 0; open < can.length; open++) {
      if (!can[open]) continue;
      if (ch !== ')') next[open + 1] = true;
      if (ch !== '(' && open > 0) next[open - 1] = true;
      if (ch === '*') next[open] = true;
    }
    can = next;
  }
  return can[0];
};
