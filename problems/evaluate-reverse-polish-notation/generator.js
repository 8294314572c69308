// Shapes: "deep stack" pushes every operand first; "division first" and "subtraction first" try that
// operator before the others (truncation toward zero and operand order); "negatives" uses only
// negative operands.
const SHAPES = ['deep stack', 'division first', 'subtraction first', 'negatives'];

function generate(size, rng, shape) {
  if (shape !== undefined && !SHAPES.includes(shape)) throw new Error('unknown shape ' + shape);
  const numbers = Math.max(1, Math.floor((Math.max(1, size) + 1) / 2));
  const limit = 2147483647;
  const tokens = [];
  const stack = [];
  let pushed = 0;
  // How eagerly operands are pushed sets the stack depth; deep stacks and long chains both occur.
  // One input in three pushes every operand before the first operator: the deepest stack, and the
  // worst case for rescanning the tokens from the start for the next operator (about n^2 / 8 steps).
  const pushBias = shape === 'deep stack' || rng() < 1 / 3 ? 1 : 0.3 + rng() * 0.6;
  const apply = (op, a, b) => {
    if (op === '+') return a + b;
    if (op === '-') return a - b;
    if (op === '*') return a * b;
    return b === 0 ? NaN : Math.trunc(a / b);
  };
  while (pushed < numbers || stack.length > 1) {
    if (pushed < numbers && (stack.length < 2 || rng() < pushBias)) {
      const v = shape === 'negatives' ? -1 - Math.floor(rng() * 200) : Math.floor(rng() * 401) - 200;
      tokens.push(String(v));
      stack.push(v);
      pushed++;
      continue;
    }
    const b = stack.pop();
    const a = stack.pop();
    // Try the operators in random order and keep the first that stays defined and within 32 bits;
    // one of + and - always fits, because same-sign differences and opposite-sign sums shrink.
    const ops = ['+', '-', '*', '/'];
    for (let i = ops.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = ops[i];
      ops[i] = ops[j];
      ops[j] = t;
    }
    const first = shape === 'division first' ? '/' : shape === 'subtraction first' ? '-' : undefined;
    if (first !== undefined) ops.sort((x, y) => (y === first) - (x === first));
    for (const op of ops) {
      const r = apply(op, a, b);
      if (!Number.isNaN(r) && Math.abs(r) <= limit) {
        tokens.push(op);
        stack.push(r === 0 ? 0 : r);
        break;
      }
    }
  }
  return [tokens];
}
