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
    if (roll < 0.4 || inserted.length === 0) {
      const word = randomWord();
      inserted.push(word);
      operations.push('insert');
      args.push([word]);
    } else {
      // Query a known word, a prefix of one, or a fresh random string, about equally often.
      const source = inserted[Math.floor(rng() * inserted.length)];
      const pick = rng();
      let text = pick < 0.33 ? source : pick < 0.66 ? source.slice(0, 1 + Math.floor(rng() * source.length)) : randomWord();
      if (rng() < 0.3) text = text.slice(0, -1) + 'z';
      operations.push(roll < 0.7 ? 'search' : 'startsWith');
      args.push([text]);
    }
  }
  return [operations, args];
}
