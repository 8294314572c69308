function generate(size, rng, shape) {
  const calls = Math.max(1, Math.min(30000, size));
  if (shape !== undefined) return shaped(calls, rng, shape);
  // A five-letter alphabet and short words make shared prefixes, hits and near misses common.
  const alphabet = 'abcde';
  const letters = (length, from = alphabet) => {
    let text = '';
    for (let i = 0; i < length; i++) text += from[Math.floor(rng() * from.length)];
    return text;
  };
  const operations = ['Trie'];
  const args = [[]];
  // The first draw picks the shape. Half the calls inserting words that share a few short stems,
  // then half looking up prefixes, is the worst case for keeping a list of words and scanning it on
  // startsWith: every prefix that no word continues, or that only the latest words continue, has to be
  // compared against every stored word. Otherwise inserts and lookups are mixed at random.
  if (rng() < 0.4) {
    // Short words over ten letters keep every call cheap for a trie, yet almost all of them distinct.
    const wide = 'abcdefghij';
    const stems = [];
    for (let i = 0; i < 8; i++) stems.push(letters(2 + Math.floor(rng() * 3), wide));
    const fill = Math.ceil(calls / 2);
    const inserted = [];
    for (let i = 0; i < fill; i++) {
      const word = stems[Math.floor(rng() * stems.length)] + letters(4 + Math.floor(rng() * 3), wide);
      inserted.push(word);
      operations.push('insert');
      args.push([word]);
    }
    for (let i = fill; i < calls; i++) {
      // Most lookups concern the latest words, which sit at the end of an insertion-ordered list.
      const source = inserted[rng() < 0.9 ? Math.max(0, inserted.length - 1 - Math.floor(rng() * 200)) : Math.floor(rng() * inserted.length)];
      const kind = rng();
      if (kind < 0.6) {
        // A real prefix followed by a letter no word continues with: every word has to be ruled out.
        operations.push('startsWith');
        args.push([source.slice(0, 1 + Math.floor(rng() * source.length)) + 'z']);
      } else if (kind < 0.9) {
        // The whole word or all but its last letter, which few other words share.
        operations.push('startsWith');
        args.push([kind < 0.8 ? source : source.slice(0, -1)]);
      } else {
        operations.push('search');
        args.push([kind < 0.95 ? source : source.slice(0, -1)]);
      }
    }
    return [operations, args];
  }
  const randomWord = () => letters(6 + Math.floor(rng() * 10));
  const inserted = [];
  for (let i = 0; i < calls; i++) {
    const roll = rng();
    if (roll < 0.65 || inserted.length === 0) {
      const word = randomWord();
      inserted.push(word);
      operations.push('insert');
      args.push([word]);
      continue;
    }
    const source = inserted[Math.floor(rng() * inserted.length)];
    const cut = source.slice(0, 1 + Math.floor(rng() * source.length));
    const pick = rng();
    if (roll < 0.7) {
      // Searches: a stored word, a bare prefix of one, or a fresh random string.
      operations.push('search');
      args.push([pick < 0.4 ? source : pick < 0.7 ? cut : randomWord()]);
    } else {
      // Prefix queries are mostly near misses, a real prefix with one letter no word continues with,
      // so every stored word has to be ruled out.
      operations.push('startsWith');
      args.push([pick < 0.2 ? cut : pick < 0.3 ? source : cut + 'z']);
    }
  }
  return [operations, args];
}

/**
 * Short call sequences over tiny alphabets, where words are prefixes of each other: "prefix chains"
 * ("a", "ab", "abb" …, inserted in any order), "one letter" (only the length tells words apart),
 * "lookups first" (queries before and between the few inserts) and "repeated words".
 */
function shaped(calls, rng, shape) {
  const word = (alphabet, max) => {
    let w = '';
    const length = 1 + Math.floor(rng() * max);
    for (let i = 0; i < length; i++) w += alphabet[Math.floor(rng() * alphabet.length)];
    return w;
  };
  let make;
  let insertShare = 0.5;
  if (shape === 'prefix chains') {
    const chain = word('ab', 6);
    make = () => chain.slice(0, 1 + Math.floor(rng() * chain.length)) + (rng() < 0.2 ? word('ab', 2) : '');
  } else if (shape === 'one letter') {
    make = () => 'a'.repeat(1 + Math.floor(rng() * 5));
  } else if (shape === 'lookups first') {
    make = () => word('abc', 3);
    insertShare = 0.25;
  } else if (shape === 'repeated words') {
    const few = [word('ab', 3), word('ab', 3), word('ab', 4)];
    make = () => few[Math.floor(rng() * few.length)];
  } else {
    throw new Error('unknown shape ' + shape);
  }
  const operations = ['Trie'];
  const args = [[]];
  for (let i = 0; i < calls; i++) {
    const roll = rng();
    operations.push(roll < insertShare ? 'insert' : roll < (1 + insertShare) / 2 ? 'search' : 'startsWith');
    args.push([make()]);
  }
  return [operations, args];
}
