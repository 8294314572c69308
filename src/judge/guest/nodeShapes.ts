/**
 * Guest code the harness (harness.ts) includes: LeetCode's two _Node structures and the arguments
 * that point into other arguments. Clone Graph's graph travels as an adjacency list by val and Copy
 * List with Random Pointer's list as [val, random index] pairs; both answers must be deep copies that
 * leave the input as it was. LCA's p and q are nodes of root, given and judged by their vals; a cycle's
 * pos links the list's tail back and is not passed. Text only, spliced into the harness's closure, so
 * it uses the harness's captured intrinsics (apply, has, spend, fail, ...) and no line comments.
 */
export const NODE_SHAPES_SOURCE = String.raw`
/* LeetCode's two _Node classes (Clone Graph's, Copy List with Random Pointer's): the host installs the
   problem's one before the script runs, also as Node, the name older solutions use. */
class GraphNode { val; neighbors; constructor(val, neighbors) { this.val = val === undefined ? 0 : val; this.neighbors = neighbors === undefined ? [] : neighbors; } }
class RandomListNode { val; next; random; constructor(val, next, random) { this.val = val === undefined ? 0 : val; this.next = next === undefined ? null : next; this.random = random === undefined ? null : random; } }

/* Clone Graph's adjacency list: entry i holds the vals of the neighbours of the node with val i + 1. */
function buildGraph(adjacency) {
  if (!isArray(adjacency) || adjacency.length === 0) return null;
  const nodes = ownList();
  for (let i = 0; i < adjacency.length; i++) nodes[i] = remember(new GraphNode(i + 1, []));
  for (let i = 0; i < adjacency.length; i++) {
    const vals = adjacency[i], neighbors = nodes[i].neighbors;
    if (!isArray(vals)) continue;
    for (let j = 0; j < vals.length; j++) { const n = nodes[vals[j] - 1]; if (n !== undefined) neighbors[neighbors.length] = n; }
  }
  return nodes[0];
}
/* Copy List with Random Pointer's [val, random index | null] pairs. */
function buildRandomList(pairs) {
  if (!isArray(pairs) || pairs.length === 0) return null;
  const nodes = ownList();
  for (let i = 0; i < pairs.length; i++) nodes[i] = remember(new RandomListNode(isArray(pairs[i]) ? pairs[i][0] : null, null, null));
  for (let i = 0; i < pairs.length; i++) {
    if (i + 1 < pairs.length) nodes[i].next = nodes[i + 1];
    const r = isArray(pairs[i]) ? pairs[i][1] : null;
    if (typeof r === 'number' && nodes[r] !== undefined) nodes[i].random = nodes[r];
  }
  return nodes[0];
}
function treeNodes(root) {
  const nodes = ownList();
  if (root === null || root === undefined) return nodes;
  nodes[0] = root;
  for (let head = 0; head < nodes.length; head++) {
    const n = nodes[head];
    if (n.left !== null && n.left !== undefined) nodes[nodes.length] = n.left;
    if (n.right !== null && n.right !== undefined) nodes[nodes.length] = n.right;
  }
  return nodes;
}
/* LeetCode's pos: the tail links back to the node at that index; -1 (or anything else) leaves no cycle. */
function linkTail(head, pos) {
  if (typeof pos !== 'number' || pos < 0 || head === null) return;
  let target = null, tail = head;
  for (let i = 0; ; i++) {
    if (i === pos) target = tail;
    if (tail.next === null) break;
    tail = tail.next;
  }
  if (target !== null) tail.next = target;
}

/* A graph walked from the returned node, as an adjacency list by val; each neighbour list is a set, so it is sorted. */
function kindOf(v) { return isArray(v) ? 'an array' : 'a ' + typeof v; }
function serializeGraph(start, state) {
  if (start === null || start === undefined) return spend(state, '[]');
  const seen = new SetCtor(), byVal = ownList(), queue = ownList();
  queue[0] = start;
  add(seen, start);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (typeof node !== 'object' || isArray(node)) fail('expected a graph node but found ' + kindOf(node));
    if (reused(node)) fail('the returned graph contains a node of the input graph: a clone must create new nodes');
    const val = node.val;
    if (typeof val !== 'number' || floor(val) !== val || val < 1 || val > MAX_ITEMS) fail('a returned node has val ' + toStr(val) + '; vals must stay 1 to the number of nodes');
    if (byVal[val - 1] !== undefined) fail('two returned nodes have val ' + toStr(val));
    const neighbors = node.neighbors;
    if (!isArray(neighbors)) fail('node ' + toStr(val) + "'s neighbors is not an array");
    const vals = ownList();
    for (let i = 0; i < neighbors.length; i++) {
      const n = neighbors[i];
      if (n === null || typeof n !== 'object') fail('node ' + toStr(val) + ' has a neighbour that is not a node');
      vals[i] = n.val;
      if (!has(seen, n)) { add(seen, n); queue[queue.length] = n; }
      if (queue.length > MAX_ITEMS) fail('the returned graph is too large');
    }
    apply(arraySort, vals, [(a, b) => a - b]);
    byVal[val - 1] = vals;
  }
  let out = spend(state, '[');
  for (let i = 0; i < byVal.length; i++) {
    if (byVal[i] === undefined) fail('the returned graph has no node with val ' + toStr(i + 1) + ' (it has one with val ' + toStr(byVal.length) + ')');
    out += (i ? spend(state, ',') : '') + serializeValue(byVal[i], state, 1);
  }
  return out + spend(state, ']');
}

/* [val, index of random | null] per node along next; a random pointer must land in the same list. */
function serializeRandomList(head, state) {
  const index = new MapCtor(), nodes = ownList();
  for (let node = head; node !== null && node !== undefined; node = node.next) {
    if (typeof node !== 'object' || isArray(node)) fail('expected a list node but found ' + kindOf(node));
    if (apply(mapGet, index, [node]) !== undefined) fail('the returned list has a cycle');
    if (reused(node)) fail('the returned list contains a node of the input list: a copy must create new nodes');
    apply(mapSet, index, [node, nodes.length]);
    nodes[nodes.length] = node;
    if (nodes.length > MAX_ITEMS) fail('the returned list is too long');
  }
  let out = spend(state, '[');
  for (let i = 0; i < nodes.length; i++) {
    const random = nodes[i].random;
    let target = 'null';
    if (random !== null && random !== undefined) {
      const at = apply(mapGet, index, [random]);
      if (at === undefined) fail('node ' + toStr(i) + "'s random pointer leads outside the returned list" + (reused(random) ? ' (to a node of the input list)' : ''));
      target = toStr(at);
    }
    out += (i ? spend(state, ',') : '') + spend(state, '[') + serializeValue(nodes[i].val, state, 2) + spend(state, ',' + target + ']');
  }
  return out + spend(state, ']');
}

/* A node returned from a tree argument (LCA): judged by its val, and it must be one of that tree's nodes.
   The tree is walked once per test, when the first reference into it is built, before the solution runs. */
let argumentTrees = ownList();
function treeOfArgument(k) {
  if (argumentTrees[k] === undefined) {
    const set = new SetCtor(), nodes = treeNodes(currentArgs[k]);
    for (let i = 0; i < nodes.length; i++) add(set, nodes[i]);
    argumentTrees[k] = { nodes, set };
  }
  return argumentTrees[k];
}
function nodeWithVal(k, val) {
  const nodes = treeOfArgument(k).nodes;
  for (let j = 0; j < nodes.length; j++) if (nodes[j].val === val) return nodes[j];
  return null;
}
function serializeNodeOf(node, k, state) {
  if (node === null || node === undefined) return spend(state, 'null');
  if (typeof node !== 'object' || isArray(node)) fail('expected a node of the input tree but found ' + kindOf(node) + ' (return the node itself, not its val)');
  if (!has(treeOfArgument(k).set, node)) fail('the returned node is not a node of the input tree (return the node itself, not a new one)');
  return serializeValue(node.val, state, 1);
}

/* Copy problems must leave their input as it was: its serialisation before the call, compared after it.
   The input is serialised with the reuse check off (its nodes are the input's, of course). */
function serializeInput(i, shape) {
  const keep = inputNodes;
  inputNodes = null;
  try {
    return serializeShaped(currentArgs[i], shape, freshState(), 0);
  } finally { inputNodes = keep; }
}
function recordAsBuilt(i, shape) { inputsAsBuilt[i] = { shape, text: serializeInput(i, shape) }; }
function checkInputsUnchanged() {
  for (let i = 0; i < inputsAsBuilt.length; i++) {
    const before = inputsAsBuilt[i];
    if (before === undefined) continue;
    let after;
    try { after = serializeInput(i, before.shape); } catch (e) { after = ''; }
    if (after !== before.text) fail('the input was changed: a copy must leave the original as it was');
  }
}
`;
