/**
 * One call sequence: TimeMap(), then size calls to set and get. set's timestamps rise strictly (LeetCode's
 * guarantee); get asks before, at, between and after them. Shapes change the keys, the timestamps or the mix.
 */
function generate(size, rng, shape) {
  const calls = Math.max(1, size);
  const large = calls > 1000;
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const word = (length) => {
    let s = '';
    for (let i = 0; i < length; i++) s += letters[Math.floor(rng() * letters.length)];
    return s;
  };
  let keys = ['a', 'b', 'k1'];
  let maxStep = Math.max(1, Math.min(3, Math.floor(9e6 / calls)));
  let setShare = 0.5;
  let valueLength = () => 1 + Math.floor(rng() * 3);
  let firstHalfSets = false;
  let getTime = null;
  switch (shape) {
    case undefined:
      if (large) {
        keys = [];
        for (let i = 0; i < 20; i++) keys.push(word(1 + Math.floor(rng() * 8)));
        maxStep = Math.max(1, Math.min(40, Math.floor(9e6 / calls)));
      }
      break;
    // One key: every get searches the same, longest history. Large sizes set first, then query the whole range.
    case 'one key':
      keys = ['key'];
      firstHalfSets = large;
      if (large) maxStep = Math.max(1, Math.min(40, Math.floor(9e6 / calls)));
      break;
    // Gets that come before the key's first set (the answer is ""), and keys never set at all.
    case 'before first set':
      keys = ['a', 'b', 'c', 'never', 'constructor'];
      setShare = 0.35;
      getTime = (now) => 1 + Math.floor(rng() * Math.max(1, now));
      break;
    // Gets exactly at set timestamps, and one either side.
    case 'exact timestamps':
      keys = ['x', 'y'];
      break;
    // Timestamps with large gaps, up to 10^7.
    case 'far apart':
      keys = ['t', 'u'];
      maxStep = Math.max(1, Math.floor(9e6 / calls));
      break;
    // Keys and values of 100 characters, keys differing only in their last character.
    case 'long strings': {
      const stem = 'z'.repeat(99);
      keys = [stem + 'a', stem + 'b', stem + '9'];
      valueLength = () => (rng() < 0.5 ? 100 : 1 + Math.floor(rng() * 100));
      break;
    }
    // Many keys, each set only once or twice: most gets find a short history or none.
    case 'many keys':
      keys = [];
      for (let i = 0; i < Math.max(4, calls); i++) keys.push('k' + i);
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  const operations = ['TimeMap'];
  const args = [[]];
  const setTimes = [];
  let now = 0;
  for (let i = 0; i < calls; i++) {
    const key = keys[Math.floor(rng() * keys.length)];
    const doSet = firstHalfSets ? i < calls / 2 : rng() < setShare;
    if (doSet) {
      now += 1 + Math.floor(rng() * maxStep);
      operations.push('set');
      args.push([key, word(valueLength()), now]);
      setTimes.push(now);
    } else {
      let t;
      if (getTime) t = getTime(now);
      else if (setTimes.length && rng() < 0.4) {
        // At a set timestamp, or one either side of it.
        t = setTimes[Math.floor(rng() * setTimes.length)] + Math.floor(rng() * 3) - 1;
      } else t = 1 + Math.floor(rng() * (now + maxStep + 2));
      operations.push('get');
      args.push([key, Math.min(1e7, Math.max(1, t))]);
    }
  }
  return [operations, args];
}
