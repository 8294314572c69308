function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(4, size));
  const pick = (pool) => {
    let s = '';
    for (let i = 0; i < n; i++) s += pool[Math.floor(rng() * pool.length)];
    return s;
  };
  switch (shape) {
    case undefined:
      return [pick('23456789')];
    // 7 and 9 are the keys with four letters: a keypad table or a letter formula that assumes three per key
    // loses 's' or 'z', or shifts every key after 7.
    case 'four-letter keys':
      return [pick('79').split('').map((d) => (rng() < 0.3 ? '2345689'[Math.floor(rng() * 7)] : d)).join('')];
    // One digit repeated: the same letter may appear more than once in a combination ("aa").
    case 'repeated digit':
      return [pick('23456789'[Math.floor(rng() * 8)])];
    // Only the upper keys 7, 8, 9, where an arithmetic letter formula goes wrong.
    case 'upper keys':
      return [pick('789')];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
