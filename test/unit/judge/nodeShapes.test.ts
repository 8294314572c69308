/**
 * The judge's special values, in both sandboxes: Clone Graph's and Copy List with Random Pointer's
 * _Node structures (deep copies, input left as it was), LCA's node references, a cycle's pos, and
 * codecs judged by their round trip. Each problem here is a fixture problem with its entry swapped,
 * run by the real judge; the bank's own problems of these kinds carry their full suites.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDebugScript } from '../../../src/judge/debugScript';
import { Judge } from '../../../src/judge/judge';
import type { FunctionEntry, Problem } from '../../../src/problems/types';
import type { Language } from '../../../src/vocabulary/languages';
import type { JudgeReport } from '../../../src/vocabulary/verdicts';
import { fixtureProblem } from '../../builders/problems';
import { testWorkerScript } from './workerBuild';

interface Kind {
  entry: FunctionEntry;
  reference: string;
  inputs: unknown[][];
  expected: string[];
}

const KINDS: Record<string, Kind> = {
  graph: {
    entry: { kind: 'function', name: 'cloneGraph', params: [{ name: 'node', type: 'GraphNode' }], returns: 'GraphNode' },
    reference: `var cloneGraph = function (node) {
  const copies = new Map();
  const copy = (n) => {
    if (n === null) return null;
    if (!copies.has(n)) { copies.set(n, new _Node(n.val)); copies.get(n).neighbors = n.neighbors.map(copy); }
    return copies.get(n);
  };
  return copy(node);
};`,
    // The second graph lists neighbours out of order: each list is a set, so the answer sorts it.
    inputs: [[[[2, 4], [1, 3], [2, 4], [1, 3]]], [[[3, 2], [1], [1]]], [[]], [[[]]]],
    expected: ['[[2,4],[1,3],[2,4],[1,3]]', '[[2,3],[1],[1]]', '[]', '[[]]'],
  },
  randomList: {
    entry: { kind: 'function', name: 'copyRandomList', params: [{ name: 'head', type: 'RandomListNode' }], returns: 'RandomListNode' },
    reference: `var copyRandomList = function (head) {
  const copies = new Map([[null, null]]);
  for (let n = head; n; n = n.next) copies.set(n, new _Node(n.val, null, null));
  for (let n = head; n; n = n.next) { copies.get(n).next = copies.get(n.next); copies.get(n).random = copies.get(n.random); }
  return copies.get(head);
};`,
    inputs: [[[[7, null], [13, 0], [11, 4], [10, 2], [1, 0]]], [[]], [[[3, 0], [3, 0]]]],
    expected: ['[[7,null],[13,0],[11,4],[10,2],[1,0]]', '[]', '[[3,0],[3,0]]'],
  },
  cycle: {
    entry: { kind: 'function', name: 'hasCycle', params: [{ name: 'head', type: 'ListNode' }, { name: 'pos', type: 'number', tailOf: 'head' }], returns: 'boolean' },
    reference: `var hasCycle = function (head) {
  let slow = head, fast = head;
  while (fast && fast.next) { slow = slow.next; fast = fast.next.next; if (slow === fast) return true; }
  return false;
};`,
    inputs: [[[3, 2, 0, -4], 1], [[1, 2], 0], [[1], -1], [[], -1], [[1], 0], [[1, 2, 3], 2]],
    expected: ['true', 'true', 'false', 'false', 'true', 'true'],
  },
  lca: {
    entry: {
      kind: 'function',
      name: 'lowestCommonAncestor',
      params: [{ name: 'root', type: 'TreeNode' }, { name: 'p', type: 'TreeNode', nodeOf: 'root' }, { name: 'q', type: 'TreeNode', nodeOf: 'root' }],
      returns: 'TreeNode',
      returnsNodeOf: 'root',
    },
    reference: `var lowestCommonAncestor = function (root, p, q) {
  let n = root;
  while (n) {
    if (p.val < n.val && q.val < n.val) n = n.left;
    else if (p.val > n.val && q.val > n.val) n = n.right;
    else return n;
  }
  return null;
};`,
    inputs: [[[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 2, 8], [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 2, 4], [[2, 1], 2, 1]],
    expected: ['6', '2', '2'],
  },
  treeCodec: {
    entry: { kind: 'function', name: 'serialize', params: [{ name: 'root', type: 'TreeNode' }], returns: 'TreeNode', decoder: 'deserialize' },
    reference: `var serialize = function (root) {
  const out = [];
  const walk = (n) => { if (!n) { out.push('#'); return; } out.push(n.val); walk(n.left); walk(n.right); };
  walk(root);
  return out.join(',');
};
var deserialize = function (data) {
  const tokens = data.split(',');
  let i = 0;
  const read = () => { const t = tokens[i++]; if (t === '#') return null; const n = new TreeNode(Number(t)); n.left = read(); n.right = read(); return n; };
  return read();
};`,
    inputs: [[[1, 2, 3, null, null, 4, 5]], [[]], [[-5]]],
    expected: ['[1,2,3,null,null,4,5]', '[]', '[-5]'],
  },
  stringCodec: {
    entry: { kind: 'function', name: 'encode', params: [{ name: 'strs', type: 'string[]' }], returns: 'string[]', decoder: 'decode' },
    reference: `var encode = function (strs) { return strs.map((s) => s.length + '#' + s).join(''); };
var decode = function (s) {
  const out = [];
  for (let i = 0; i < s.length;) { const j = s.indexOf('#', i); const n = Number(s.slice(i, j)); out.push(s.slice(j + 1, j + 1 + n)); i = j + 1 + n; }
  return out;
};`,
    inputs: [[['lint', 'code']], [['']], [['', '#', '3#a', '\u0000\u00ff']]],
    expected: ['["lint","code"]', '[""]', '["","#","3#a","\\u0000ÿ"]'],
  },
};

function problemOf(base: Problem, kind: Kind): Problem {
  return { ...base, meta: { ...base.meta, entry: kind.entry }, reference: kind.reference, tests: { visible: [], hidden: [] }, mutants: [] };
}

function tests(kind: Kind): { id: string; label: string; source: 'custom'; args: unknown[] }[] {
  return kind.inputs.map((args, i) => ({ id: `t${i}`, label: `input ${i}`, source: 'custom', args }));
}

function summary(report: JudgeReport): string {
  return report.tests.map((t) => `${t.label}: ${t.verdict} ${t.actual ?? ''} ${t.message ?? ''}`).join('\n');
}

describe('judge / node classes, node references, cycles and codecs', function () {
  this.timeout(180_000);
  let judge: Judge;
  let base: Problem;

  before(async () => {
    judge = new Judge({ workerScript: await testWorkerScript() });
    await judge.warm({ python: true });
    base = await fixtureProblem('reverse-list');
  });
  after(async () => {
    await judge.dispose();
  });

  async function verdicts(kindName: string, source: string, language: Language): Promise<JudgeReport> {
    const kind = KINDS[kindName];
    if (kind === undefined) throw new Error(kindName);
    return judge.judge(problemOf(base, kind), source, language, tests(kind));
  }

  for (const [name, kind] of Object.entries(KINDS)) {
    it(`${name}: the reference's answers are the values LeetCode prints`, async () => {
      const report = await verdicts(name, kind.reference, 'javascript');
      assert.equal(report.verdict, 'accepted', summary(report));
      assert.deepEqual(report.tests.map((t) => t.actual), kind.expected);
    });
  }

  /** [kind, language, source, verdict, message the first failure must contain] */
  const CASES: [string, Language, string, string, RegExp | null][] = [
    ['graph', 'javascript', 'var cloneGraph = function (node) { return node; };', 'wrong_answer', /contains a node of the input graph/],
    ['graph', 'javascript', `function cloneGraph(node) {
  const seen = new Map();
  const copy = (n) => { if (!n) return null; if (seen.has(n)) return seen.get(n); const c = new Node(n.val); seen.set(n, c); for (const x of n.neighbors) c.neighbors.push(copy(x)); return c; };
  return copy(node);
}`, 'accepted', null],
    ['graph', 'javascript', `var cloneGraph = function (node) {
  const copies = new Map();
  const copy = (n) => { if (!n) return null; if (!copies.has(n)) { copies.set(n, new _Node(n.val)); copies.get(n).neighbors = n.neighbors; } return copies.get(n); };
  return copy(node);
};`, 'wrong_answer', /contains a node of the input graph/],
    ['graph', 'javascript', 'var cloneGraph = function (node) { if (node) node.neighbors.length = 0; return null; };', 'wrong_answer', /input was changed/],
    ['graph', 'python', `class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        copies = {}
        def copy(n):
            if n is None:
                return None
            if n not in copies:
                copies[n] = Node(n.val)
                copies[n].neighbors = [copy(x) for x in n.neighbors]
            return copies[n]
        return copy(node)
`, 'accepted', null],
    ['graph', 'python', 'class Solution:\n    def cloneGraph(self, node):\n        return node\n', 'wrong_answer', /contains a node of the input graph/],
    ['graph', 'javascript', 'var cloneGraph = function (node) { return node && [new _Node(1)]; };', 'wrong_answer', /expected a graph node but found an array/],
    ['graph', 'python', 'class Solution:\n    def cloneGraph(self, node):\n        return node and [Node(1)]\n', 'wrong_answer', /expected a graph node but found a value of type list/],
    // The commonest slip: a node reached only through a later edge is never copied.
    ['graph', 'javascript', 'var cloneGraph = function (node) { if (!node) return null; const c = new _Node(1); const n = node.neighbors[node.neighbors.length - 1]; if (n) { const d = new _Node(n.val, [c]); c.neighbors.push(d); } return c; };', 'wrong_answer', /has no node with val 2 \(it has one with val 4\)/],
    ['randomList', 'javascript', 'var copyRandomList = function (head) { return head && [head.val]; };', 'wrong_answer', /expected a list node but found an array/],
    ['randomList', 'javascript', `var copyRandomList = function (head) {
  const copies = new Map([[null, null]]);
  for (let n = head; n; n = n.next) copies.set(n, new _Node(n.val, null, null));
  for (let n = head; n; n = n.next) { copies.get(n).next = copies.get(n.next); copies.get(n).random = n.random; }
  return copies.get(head);
};`, 'wrong_answer', /random pointer leads outside the returned list \(to a node of the input list\)/],
    ['randomList', 'python', `class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        copies = {None: None}
        n = head
        while n:
            copies[n] = Node(n.val)
            n = n.next
        n = head
        while n:
            copies[n].next, copies[n].random = copies[n.next], copies[n.random]
            n = n.next
        return copies[head]
`, 'accepted', null],
    // pos is the test's, never the function's.
    ['cycle', 'javascript', 'var hasCycle = function (head, pos) { return pos !== undefined; };', 'wrong_answer', /differs/],
    ['cycle', 'python', `class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        while head:
            if head in seen:
                return True
            seen.add(head)
            head = head.next
        return False
`, 'accepted', null],
    ['lca', 'javascript', 'var lowestCommonAncestor = function (root, p, q) { return new TreeNode(root.val); };', 'wrong_answer', /not a node of the input tree/],
    ['lca', 'javascript', 'var lowestCommonAncestor = function (root, p, q) { return root.val; };', 'wrong_answer', /found a number \(return the node itself, not its val\)/],
    ['lca', 'python', 'class Solution:\n    def lowestCommonAncestor(self, root, p, q):\n        return root.val\n', 'wrong_answer', /found a value of type int \(return the node itself, not its val\)/],
    ['lca', 'python', `class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        if p.val < root.val and q.val < root.val:
            return self.lowestCommonAncestor(root.left, p, q)
        if p.val > root.val and q.val > root.val:
            return self.lowestCommonAncestor(root.right, p, q)
        return root
`, 'accepted', null],
    ['treeCodec', 'javascript', 'let kept = null;\nvar serialize = function (root) { kept = root; return ""; };\nvar deserialize = function (data) { return kept; };', 'wrong_answer', /reuses a node of the input/],
    ['treeCodec', 'javascript', 'var serialize = function (root) { return [root]; };\nvar deserialize = function (data) { return data[0]; };', 'runtime_error', /serialize must return a string, but it returned an array/],
    ['treeCodec', 'javascript', 'var serialize = function (root) { return ""; };', 'runtime_error', /no functions named serialize and deserialize were found/],
    // The Codec class other languages use: one instance encodes, a fresh one decodes.
    ['treeCodec', 'javascript', `class Codec {
  constructor() { this.encoded = 0; }
  serialize(root) { this.encoded++; return JSON.stringify(root); }
  deserialize(data) {
    if (this.encoded !== 0) throw new Error('decoded by the instance that encoded');
    const build = (o) => (o === null ? null : new TreeNode(o.val, build(o.left), build(o.right)));
    return build(JSON.parse(data));
  }
}`, 'accepted', null],
    ['stringCodec', 'javascript', `// LintCode 659's shape: the methods of class Solution.
class Solution {
  encode(strs) { return JSON.stringify(strs); }
  decode(str) { return JSON.parse(str); }
}`, 'accepted', null],
    ['treeCodec', 'python', `class Codec:
    def serialize(self, root):
        out = []
        def walk(n):
            if not n:
                out.append("#")
                return
            out.append(str(n.val))
            walk(n.left)
            walk(n.right)
        walk(root)
        return ",".join(out)

    def deserialize(self, data):
        tokens = iter(data.split(","))
        def read():
            t = next(tokens)
            if t == "#":
                return None
            n = TreeNode(int(t))
            n.left = read()
            n.right = read()
            return n
        return read()
`, 'accepted', null],
    // LeetCode's driver encodes with one Codec and decodes with another: state kept on the instance is lost.
    ['treeCodec', 'python', 'class Codec:\n    def serialize(self, root):\n        self.root = root\n        return ""\n    def deserialize(self, data):\n        return self.root\n', 'runtime_error', /AttributeError/],
    ['stringCodec', 'javascript', 'var encode = function (strs) { return strs.join("#"); };\nvar decode = function (s) { return s.split("#"); };', 'wrong_answer', /differs/],
    ['stringCodec', 'python', `class Codec:
    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(s)}:{s}" for s in strs)

    def decode(self, s: str) -> List[str]:
        out, i = [], 0
        while i < len(s):
            j = s.index(":", i)
            out.append(s[j + 1:j + 1 + int(s[i:j])])
            i = j + 1 + int(s[i:j])
        return out
`, 'accepted', null],
    // LintCode 659's free equivalent: the methods of class Solution, the decoder's parameter named str.
    ['stringCodec', 'python', `class Solution:
    def encode(self, strs):
        return "".join(s.replace("/", "//").replace(";", "/;") + ";" for s in strs)

    def decode(self, str):
        out, word, i = [], [], 0
        while i < len(str):
            if str[i] == "/":
                word.append(str[i + 1])
                i += 2
                continue
            if str[i] == ";":
                out.append("".join(word))
                word = []
            else:
                word.append(str[i])
            i += 1
        return out
`, 'accepted', null],
  ];

  for (const [kind, language, source, verdict, message] of CASES) {
    it(`${kind} in ${language}: ${verdict}${message ? ` (${message.source})` : ''}`, async () => {
      const report = await verdicts(kind, source, language);
      assert.equal(report.verdict, verdict, summary(report));
      if (message !== null) assert.match(report.tests.find((t) => t.verdict !== 'accepted')?.message ?? '', message);
    });
  }

  it('debug scripts install the _Node class and run a codec round trip as the sandbox does', () => {
    for (const name of ['graph', 'treeCodec']) {
      const kind = KINDS[name];
      if (kind === undefined) throw new Error(name);
      const script = buildDebugScript(problemOf(base, kind), { script: kind.reference, libraries: [] }, kind.inputs[0] ?? []);
      const dir = mkdtempSync(join(tmpdir(), 'onsite-debug-'));
      writeFileSync(join(dir, 'debug.js'), script);
      const output = execFileSync(process.execPath, [join(dir, 'debug.js')], { encoding: 'utf8' });
      assert.equal(output.trim(), `output: ${kind.expected[0] ?? ''}`);
    }
  });
});
