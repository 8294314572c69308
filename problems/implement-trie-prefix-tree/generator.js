function generate(size, rng) {
  const calls = Math.max(1, Math.min(20000, size));
  // A five-letter alphabet and short words make shared prefixes, hits and near misses common.
  const alphabet = 'abcde';
  const randomWord = () => {
    const length = 6 + Math.floor(rng() * 10);
    let word = '';
    for (let i = 0; i < length; i++) word += alphabet[Math.floor(rng() * alphabet.length)];
    return word;
  };
  const inserted = [];
  const operations = ['Trie'];
  const args = [[]];
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
