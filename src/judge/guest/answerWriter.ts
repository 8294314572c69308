/**
 * The harness's answer writer, guest code kept as text and spliced into the harness's closure
 * (harness.ts), so it sees the intrinsics the harness captured before any solution ran.
 *
 * It turns a value into the JSON text the judge compares: as JSON.stringify writes it, but bounded
 * (size, depth, item count) and refusing cycles; a linked list is written as the array of its values
 * and a tree in LeetCode's level order. Every piece of output is counted against the limit as it is made.
 */
export const ANSWER_WRITER_SOURCE = String.raw`function fail(message) { throw { onsiteOutputFailure: true, message }; }
/* A number as JSON.stringify writes it: -0 as 0, NaN and the infinities as null. */
function numberText(v) { return v - v === 0 ? '' + v : 'null'; }

function spend(state, piece) {
  spendChars(state, piece.length);
  return piece;
}

function spendChars(state, count) {
  state.size += count;
  if (state.size > state.limit) fail('the output is too large (over ' + state.limit + ' characters)');
}

/* new Number(3), new String('a'), Object(true), Object(1n): judged by the value they box, as
   JSON.stringify does; a Proxy or a look-alike object is not a boxed primitive. */
const NOT_BOXED = {};
function unbox(v) {
  for (let i = 0; i < primitiveOf.length; i++) {
    try { return apply(primitiveOf[i], v, []); } catch (e) { /* not this kind of box */ }
  }
  return NOT_BOXED;
}

function serializeValue(v, state, depth) {
  if (v === null || v === undefined) return spend(state, 'null');
  const t = typeof v;
  if (t === 'number') return spend(state, numberText(v));
  if (t === 'boolean') return spend(state, v ? 'true' : 'false');
  if (t === 'string') return spend(state, stringify(v));
  if (t === 'bigint') return spend(state, toStr(v));
  if (t !== 'object') return spend(state, 'null');
  if (depth > MAX_DEPTH) fail('the output is nested more than ' + MAX_DEPTH + ' levels deep');
  if (has(state.ancestors, v)) fail('the output contains a cycle');
  add(state.ancestors, v);
  let out = '';
  if (!isArray(v)) {
    const primitive = unbox(v);
    if (primitive !== NOT_BOXED) { remove(state.ancestors, v); return serializeValue(primitive, state, depth); }
  }
  if (isArray(v)) {
    const n = v.length;
    if (!(n <= MAX_ITEMS)) fail('the output array is too long (' + toStr(n) + ' items)');
    out = spend(state, '[');
    /* Numbers, strings and nulls are written here as serializeValue writes them, and a long array is
       joined a block at a time: with a call and a longer string per item, generating and writing a
       10^5-number input took 1.4 times as long (109 against 77 ms in QuickJS). A block bounds how
       many pieces are held at once. */
    const block = n < JOIN_FROM ? undefined : ownList();
    let filled = 0;
    for (let i = 0; i < n; i++) {
      const item = v[i], type = typeof item;
      const piece = type === 'number' ? spend(state, numberText(item))
        : type === 'string' ? spend(state, stringify(item))
        : item === null ? spend(state, 'null')
        : serializeValue(item, state, depth + 1);
      if (block === undefined) out += (i ? spend(state, ',') : '') + piece;
      else {
        block[filled++] = piece;
        if (filled === JOIN_BLOCK || i === n - 1) {
          const joinsEarlier = i >= filled;
          spendChars(state, filled - 1 + (joinsEarlier ? 1 : 0));
          block.length = filled;
          out += (joinsEarlier ? ',' : '') + apply(arrayJoin, block, [',']);
          filled = 0;
        }
      }
    }
    out += spend(state, ']');
  } else {
    const keys = keysOf(v);
    out = spend(state, '{');
    for (let i = 0; i < keys.length; i++) {
      const k = toStr(keys[i]);
      out += (i ? spend(state, ',') : '') + spend(state, stringify(k) + ':') + serializeValue(v[k], state, depth + 1);
    }
    out += spend(state, '}');
  }
  remove(state.ancestors, v);
  return out;
}

function serializeList(head, state) {
  const seen = new SetCtor();
  let out = spend(state, '['), node = head, n = 0;
  while (node !== null && node !== undefined) {
    if (typeof node !== 'object') fail('expected a ListNode but found a ' + typeof node);
    if (has(seen, node)) fail('the returned list has a cycle');
    if (reused(node)) fail(REUSED);
    add(seen, node);
    out += (n ? spend(state, ',') : '') + serializeValue(node.val, state, 1);
    node = node.next;
    if (++n > MAX_ITEMS) fail('the returned list is too long');
  }
  return out + spend(state, ']');
}

function serializeTree(root, state) {
  if (root === null || root === undefined) return spend(state, '[]');
  const seen = new SetCtor();
  const queue = ownList();
  queue[0] = root;
  let head = 0, out = '', pendingNulls = 0, written = 0;
  while (head < queue.length) {
    const node = queue[head++];
    if (node === null || node === undefined) { pendingNulls++; continue; }
    if (typeof node !== 'object') fail('expected a TreeNode but found a ' + typeof node);
    if (has(seen, node)) fail('the returned tree reaches a node twice (a cycle or shared subtree)');
    if (reused(node)) fail(REUSED);
    add(seen, node);
    for (; pendingNulls > 0; pendingNulls--) out += spend(state, written++ ? ',null' : 'null');
    out += (written++ ? spend(state, ',') : '') + serializeValue(node.val, state, 1);
    queue[queue.length] = node.left;
    queue[queue.length] = node.right;
    if (queue.length > MAX_ITEMS) fail('the returned tree is too large');
  }
  return spend(state, '[') + out + spend(state, ']');
}

const REUSED = 'the answer reuses a node of the input: it must be built from new nodes';
`;
