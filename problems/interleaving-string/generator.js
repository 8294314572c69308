/**
 * [s1, s2, s3] with s1 and s2 of 0 to `size` letters (at most 100 each). The shapes: a true weave of
 * two strings over few letters (many places where both strings could supply the next letter, so a
 * greedy choice goes wrong), a weave with one letter changed or two letters swapped (usually false,
 * found only deep in the search), the letters of s1 + s2 shuffled (right counts, wrong order), a length
 * mismatch, an empty s1 or s2, and one repeated letter. Without a shape the size has no cap: the
 * efficiency tier's pair of long 'a'-heavy strings with one letter of the weave changed is false, and
 * plain recursion explores exponentially many ways before it can tell.
 */
function generate(size, rng, shape) {
  const pick = (count) => Math.floor(rng() * count);
  const word = (length, letters) => {
    let w = '';
    for (let i = 0; i < length; i++) w += letters[pick(letters.length)];
    return w;
  };
  const weave = (a, b) => {
    let i = 0;
    let j = 0;
    let out = '';
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && rng() < 0.5)) out += a[i++];
      else out += b[j++];
    }
    return out;
  };
  const change = (s, letters) => {
    if (s.length === 0) return s;
    const at = pick(s.length);
    const others = letters.split('').filter((c) => c !== s[at]);
    return s.slice(0, at) + others[pick(others.length)] + s.slice(at + 1);
  };
  if (shape === undefined) {
    const n = Math.max(1, Math.floor(size));
    const a = word(n, 'aaab');
    const b = word(n, 'aaab');
    const s3 = weave(a, b);
    return [a, b, s3.slice(0, -1) + (s3[s3.length - 1] === 'a' ? 'c' : 'a')];
  }
  const cap = Math.max(0, Math.min(100, Math.floor(size)));
  const len = () => pick(cap + 1);
  const letters = ['ab', 'abc', 'aab', 'abcdefghijklmnopqrstuvwxyz'][pick(4)];
  switch (shape) {
    case 'true weave': {
      const a = word(len(), letters);
      const b = word(len(), letters);
      return [a, b, weave(a, b)];
    }
    case 'one letter changed': {
      const a = word(len(), 'ab');
      const b = word(len(), 'ab');
      return [a, b, change(weave(a, b), 'ab')];
    }
    case 'two letters swapped': {
      const a = word(len(), letters);
      const b = word(len(), letters);
      const s3 = weave(a, b).split('');
      if (s3.length >= 2) {
        const x = pick(s3.length);
        const y = pick(s3.length);
        const held = s3[x];
        s3[x] = s3[y];
        s3[y] = held;
      }
      return [a, b, s3.join('')];
    }
    case 'shuffled letters': {
      const a = word(len(), 'abc');
      const b = word(len(), 'abc');
      const s3 = (a + b).split('');
      for (let i = s3.length - 1; i > 0; i--) {
        const j = pick(i + 1);
        const held = s3[i];
        s3[i] = s3[j];
        s3[j] = held;
      }
      return [a, b, s3.join('')];
    }
    case 'length mismatch': {
      const a = word(len(), letters);
      const b = word(len(), letters);
      const s3 = weave(a, b);
      // One letter too many or too few, so only the length check can say false.
      return [a, b, rng() < 0.5 || s3.length === 0 ? s3 + word(1, letters) : s3.slice(0, -1)];
    }
    case 'one empty': {
      const a = word(len(), letters);
      const s3 = rng() < 0.6 ? a : change(a, 'abc');
      return rng() < 0.5 ? [a, '', s3] : ['', a, s3];
    }
    case 'one letter': {
      const a = 'a'.repeat(len());
      const b = 'a'.repeat(len());
      const k = a.length + b.length + (rng() < 0.3 ? pick(3) - 1 : 0);
      return [a, b, 'a'.repeat(Math.max(0, Math.min(200, k)))];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
