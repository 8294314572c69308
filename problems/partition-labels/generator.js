function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  const shuffledLetters = () => {
    const letters = alphabet.split('');
    for (let i = letters.length - 1; i > 0; i--) {
      const j = below(i + 1);
      const held = letters[i];
      letters[i] = letters[j];
      letters[j] = held;
    }
    return letters;
  };
  const randomFrom = (letters, length) => Array.from({ length }, () => letters[below(letters.length)]).join('');
  if (shape === undefined) {
    // Interview scale, no upper cap: the first half uses letters a-m and the second n-z, so every
    // letter of the first half last occurs about n/2 characters before the end.
    const half = Math.floor(n / 2);
    return [randomFrom('abcdefghijklm', half) + randomFrom('nopqrstuvwxyz', n - half)];
  }
  const length = Math.min(500, n);
  switch (shape) {
    case 'random letters':
      return [randomFrom(shuffledLetters().slice(0, 4 + below(23)), length)];
    case 'few letters':
      return [randomFrom(shuffledLetters().slice(0, 1 + below(3)), length)];
    case 'single letter':
      return [alphabet[below(26)].repeat(length)];
    case 'all distinct':
      // At most 26 characters, each its own part.
      return [shuffledLetters().slice(0, Math.min(26, length)).join('')];
    case 'disjoint blocks': {
      // Blocks over disjoint letter sets: the answer has many parts of varied sizes, some of one letter.
      const letters = shuffledLetters();
      let s = '';
      let next = 0;
      while (s.length < length) {
        const count = Math.min(1 + below(3), 26 - next);
        const blockLetters = count > 0 ? letters.slice(next, next + count) : [letters[25]];
        next += count;
        const blockLength = Math.min(length - s.length, 1 + below(6));
        s += next >= 26 ? blockLetters[0].repeat(length - s.length) : randomFrom(blockLetters, blockLength);
      }
      return [s];
    }
    case 'chained spans': {
      // Each letter's span starts inside the previous letter's span and ends after it, so a part
      // grows link by link; a lone letter sometimes breaks the chain into separate parts.
      const letters = shuffledLetters();
      const chars = [];
      let previous = null;
      for (const letter of letters) {
        if (chars.length >= length) break;
        chars.push(letter);
        if (rng() < 0.3) chars.push(letter);
        // The previous letter again, after this one began: their spans overlap.
        if (previous !== null && rng() < 0.8) chars.push(previous);
        previous = rng() < 0.8 ? letter : null;
      }
      while (chars.length < length) chars.push(chars[chars.length - 1]);
      return [chars.slice(0, length).join('')];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
