/**
 * One input [beginWord, endWord, wordList] with about `size` words in wordList. Hidden tests keep
 * size <= 5000 (validator.js checks); the efficiency tier's sizes go beyond it by design (5-letter
 * words there, a long ladder hidden among random words).
 * Shapes:
 *   random        short words over a few letters, so most words have neighbours
 *   chain         a long ladder from beginWord to endWord (sometimes with shortcuts) among noise words
 *   no end        like random, but endWord is left out of wordList (answer 0)
 *   disconnected  beginWord's letters and endWord's letters never mix in wordList (answer 0)
 *   begin in list like random, with beginWord also in wordList
 *   one letter    words of a single letter: every two words are neighbours
 */
function generate(size, rng, shape) {
  const known = ['random', 'chain', 'no end', 'disconnected', 'begin in list', 'one letter'];
  if (shape !== undefined && !known.includes(shape)) throw new Error('unknown shape ' + shape);
  const big = size > 5000;
  const want = Math.max(1, size);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const pickFrom = (alphabet) => alphabet[Math.floor(rng() * alphabet.length)];
  const word = (L, alphabet) => {
    let w = '';
    for (let i = 0; i < L; i++) w += pickFrom(alphabet);
    return w;
  };
  let L;
  let alphabet;
  if (big) {
    L = 5;
    alphabet = letters;
  } else if (shape === 'one letter') {
    L = 1;
    alphabet = letters;
  } else if (shape === 'chain') {
    L = Math.min(10, 2 + Math.floor(rng() * 6) + (want > 1000 ? 3 : 0));
    alphabet = letters.slice(0, 4 + Math.floor(rng() * 23));
  } else {
    L = Math.min(10, 1 + Math.floor(rng() * 4) + (want > 1000 ? 4 : 0));
    if (shape === 'disconnected') L = Math.max(2, L);
    // Few letters keep the graph dense; grow the alphabet until it can hold `want` distinct words.
    let k = 2 + Math.floor(rng() * 3);
    while (Math.pow(k, L) < want * 2 + 4 && k < 26) k++;
    alphabet = letters.slice(0, k);
  }
  const capacity = Math.pow(alphabet.length, L);
  const list = new Set();
  let beginWord;
  let endWord;
  if (shape === 'chain' || big) {
    // A ladder: change one random position to a new letter at each step, never repeating a word.
    beginWord = word(L, alphabet);
    const ladder = [beginWord];
    const used = new Set(ladder);
    const steps = big ? Math.floor(want / 3) : Math.max(1, Math.floor(want * (0.3 + 0.6 * rng())));
    let current = beginWord;
    for (let s = 0; s < steps * 3 && ladder.length <= steps; s++) {
      const i = Math.floor(rng() * L);
      const next = current.slice(0, i) + pickFrom(alphabet) + current.slice(i + 1);
      if (used.has(next)) continue;
      used.add(next);
      ladder.push(next);
      current = next;
    }
    endWord = ladder[ladder.length - 1];
    if (endWord === beginWord) endWord = beginWord.slice(0, L - 1) + (beginWord[L - 1] === 'a' ? 'b' : 'a');
    // The ladder listed last word first, the begin word left out.
    for (let i = ladder.length - 1; i > 0; i--) list.add(ladder[i]);
    list.add(endWord);
  } else if (shape === 'disconnected') {
    const half = Math.max(1, Math.floor(alphabet.length / 2));
    const left = alphabet.slice(0, half);
    const right = alphabet.slice(half) || 'z';
    beginWord = word(L, left);
    do endWord = word(L, right);
    while (endWord === beginWord);
    list.add(endWord);
    let tries = 0;
    while (list.size < want && tries++ < want * 20) list.add(word(L, rng() < 0.5 ? left : right));
    list.delete(beginWord);
    if (rng() < 0.5) list.add(beginWord);
  } else {
    beginWord = word(L, alphabet);
    do endWord = word(L, alphabet);
    while (endWord === beginWord);
    if (shape !== 'no end') list.add(endWord);
  }
  let tries = 0;
  const limit = Math.min(want, capacity - 2);
  while (shape !== 'disconnected' && list.size < limit && tries++ < want * 20) {
    const w = word(L, alphabet);
    if (w === beginWord && shape !== 'begin in list') continue;
    if (w === endWord && shape === 'no end') continue;
    list.add(w);
  }
  if (shape === 'begin in list') list.add(beginWord);
  if (list.size === 0) list.add(beginWord.slice(0, L - 1) + (beginWord[L - 1] === 'z' ? 'y' : 'z'));
  let out = Array.from(list);
  if (out.length > want && !big) {
    // Keep endWord (unless it must be absent) and trim the rest.
    const keep = out.filter((w) => w === endWord || w === beginWord);
    out = keep.concat(out.filter((w) => w !== endWord && w !== beginWord).slice(0, Math.max(0, want - keep.length)));
  }
  if (!big || shape !== undefined) {
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
  }
  return [beginWord, endWord, out];
}
