/**
 * Call sequences for WordDictionary. Searches are built from added words with up to two letters
 * replaced by '.', sometimes with one more letter changed, cut short or lengthened, so hits, near
 * misses and wrong lengths are all common. Shapes:
 * - "default": words of 1–8 letters over "abcd", adds and searches mixed;
 * - "same length": every word has the same length, so only the letters tell them apart;
 * - "prefix chains": words are prefixes of one another, so the end-of-word mark decides;
 * - "dots heavy": searches are mostly dots ("." , "..", "a.", ".b.") over short words;
 * - "searches first": many searches before and between the few adds;
 * - "stems": the worst case for a trie walk, 25-letter words sharing few stems, searched with two dots early.
 */
function generate(size, rng, shape) {
  const calls = Math.max(1, Math.min(10000, size));
  const pick = (s) => s[Math.floor(rng() * s.length)];
  const word = (alphabet, min, max) => {
    let w = '';
    const length = min + Math.floor(rng() * (max - min + 1));
    for (let i = 0; i < length; i++) w += pick(alphabet);
    return w;
  };
  let make;
  let addShare = 0.5;
  let alphabet = 'abcd';
  if (shape === undefined || shape === 'default') {
    make = () => word(alphabet, 1, 8);
  } else if (shape === 'same length') {
    alphabet = 'abc';
    const length = 1 + Math.floor(rng() * 4);
    make = () => word(alphabet, length, length);
  } else if (shape === 'prefix chains') {
    alphabet = 'ab';
    const chain = word(alphabet, 3, 7);
    make = () => chain.slice(0, 1 + Math.floor(rng() * chain.length));
  } else if (shape === 'dots heavy') {
    alphabet = 'ab';
    make = () => word(alphabet, 1, 3);
  } else if (shape === 'searches first') {
    alphabet = 'abc';
    make = () => word(alphabet, 1, 4);
    addShare = 0.2;
  } else if (shape === 'stems') {
    alphabet = 'abcdefghijklmnopqrstuvwxyz';
    const stems = [];
    for (let i = 0; i < 4; i++) stems.push(word(alphabet, 20, 20));
    make = () => pick(stems) + word(alphabet, 5, 5);
    addShare = 0.5;
  } else {
    throw new Error('unknown shape ' + shape);
  }
  const operations = ['WordDictionary'];
  const args = [[]];
  const added = [];
  for (let i = 0; i < calls; i++) {
    const adding = shape === 'stems' ? i < calls / 2 : rng() < addShare;
    if (adding) {
      const w = make();
      added.push(w);
      operations.push('addWord');
      args.push([w]);
      continue;
    }
    let q = added.length > 0 && rng() < 0.75 ? pick(added) : make();
    const r = rng();
    if (shape !== 'stems' && r < 0.15) q = q.slice(0, Math.max(1, q.length - 1));
    else if (shape !== 'stems' && r < 0.25 && q.length < 25) q += pick(alphabet);
    else if (r < 0.4) {
      const at = Math.floor(rng() * q.length);
      q = q.slice(0, at) + pick(alphabet) + q.slice(at + 1);
    }
    const dots = shape === 'dots heavy' ? Math.floor(rng() * 3) : shape === 'stems' ? 2 : Math.floor(rng() * 3);
    const chars = q.split('');
    for (let d = 0; d < dots; d++) {
      // In the stems shape the dots go first, so a trie must branch at the root.
      const at = shape === 'stems' ? d : Math.floor(rng() * chars.length);
      chars[at] = '.';
    }
    operations.push('search');
    args.push([chars.join('')]);
  }
  return [operations, args];
}
