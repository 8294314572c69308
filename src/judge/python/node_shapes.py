"""LeetCode's _Node structures in Python and the arguments that point into other arguments; runs in
the harness's namespace after values.py (whose _serialize and _build call in here) and before harness.py.

Clone Graph's graph travels as an adjacency list by val and Copy List with Random Pointer's list as
[val, random index] pairs; both answers must be deep copies that leave the input as it was. LCA's p and
q are nodes of root, given and judged by their vals; a cycle's pos links the list's tail back and is
not passed to the function.
"""


class _GraphNode:
    """Clone Graph's Node (LeetCode's definition), installed as `Node` for that problem."""

    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self):
        return f"Node({self.val!r})"


class _RandomListNode:
    """Copy List with Random Pointer's Node (LeetCode's definition), installed as `Node` for that problem."""

    def __init__(self, x=0, next=None, random=None):
        self.val = x
        self.next = next
        self.random = random

    def __repr__(self):
        return f"Node({self.val!r})"


_GraphNode.__name__ = _GraphNode.__qualname__ = "Node"
_RandomListNode.__name__ = _RandomListNode.__qualname__ = "Node"
_NODE_CLASSES = {"graph": _GraphNode, "randomList": _RandomListNode}


def _serialize_graph(start, budget, inputs=_NO_INPUTS):
    """The graph walked from the returned node, as an adjacency list by val, each neighbour list sorted (it is a set)."""
    if start is None:
        return budget.spend("[]")
    seen = {_id(start)}
    queue = [start]
    by_val = {}
    head = 0
    while head < _len(queue):
        node = queue[head]
        head += 1
        if not _hasattr(node, "neighbors"):
            raise _OutputFailure(f"expected a graph node but found a value of type {_type(node).__name__}")
        if inputs.reused(node):
            raise _OutputFailure("the returned graph contains a node of the input graph: a clone must create new nodes")
        val = _getattr(node, "val", None)
        if not _isinstance(val, int) or _isinstance(val, bool) or val < 1:
            raise _OutputFailure(f"a returned node has val {val!r}; vals must stay 1 to the number of nodes")
        if val in by_val:
            raise _OutputFailure(f"two returned nodes have val {val}")
        neighbors = _getattr(node, "neighbors", None)
        if not _isinstance(neighbors, (_list, tuple)):
            raise _OutputFailure(f"node {val}'s neighbors is not a list")
        vals = []
        for n in neighbors:
            if not _hasattr(n, "val"):
                raise _OutputFailure(f"node {val} has a neighbour that is not a node")
            vals.append(n.val)
            if _id(n) not in seen:
                seen.add(_id(n))
                queue.append(n)
        if _len(queue) > _MAX_ITEMS:
            raise _OutputFailure("the returned graph is too large")
        by_val[val] = _sorted(vals, key=lambda x: (0, x) if _isinstance(x, (int, float)) else (1, _repr(x)))
    parts = []
    for val in _range(1, _len(by_val) + 1):
        if val not in by_val:
            raise _OutputFailure(f"the returned graph has no node with val {val} (it has one with val {max(by_val)})")
        parts.append(_plain(by_val[val], budget, _set(), 1))
        budget.spend(",")
    return budget.spend("[") + ",".join(parts) + budget.spend("]")


def _serialize_random_list(head, budget, inputs=_NO_INPUTS):
    """[val, index of random or null] per node along next; a random pointer must land in the same list."""
    index = {}
    nodes = []
    node = head
    while node is not None:
        if not _hasattr(node, "next"):
            raise _OutputFailure(f"expected a list node but found a value of type {_type(node).__name__}")
        if _id(node) in index:
            raise _OutputFailure("the returned list has a cycle")
        if inputs.reused(node):
            raise _OutputFailure("the returned list contains a node of the input list: a copy must create new nodes")
        index[_id(node)] = _len(nodes)
        nodes.append(node)
        if _len(nodes) > _MAX_ITEMS:
            raise _OutputFailure("the returned list is too long")
        node = _getattr(node, "next", None)
    parts = []
    for i, node in enumerate(nodes):
        random = _getattr(node, "random", None)
        target = "null"
        if random is not None:
            at = index.get(_id(random))
            if at is None:
                where = " (to a node of the input list)" if inputs.reused(random) else ""
                raise _OutputFailure(f"node {i}'s random pointer leads outside the returned list{where}")
            target = _str(at)
        parts.append("[" + _plain(_getattr(node, "val", None), budget, _set(), 2) + "," + budget.spend(target) + "]")
    return budget.spend("[") + ",".join(parts) + budget.spend("]")


def _build_graph(adjacency, inputs=_NO_INPUTS):
    """Clone Graph's adjacency list: entry i holds the vals of the neighbours of the node with val i + 1."""
    if not _isinstance(adjacency, _list) or not adjacency:
        return None
    nodes = [inputs.remember(_GraphNode(i + 1, [])) for i in _range(_len(adjacency))]
    for node, vals in zip(nodes, adjacency):
        if _isinstance(vals, _list):
            node.neighbors.extend(nodes[v - 1] for v in vals if _isinstance(v, int) and 1 <= v <= _len(nodes))
    return nodes[0]


def _build_random_list(pairs, inputs=_NO_INPUTS):
    """Copy List with Random Pointer's [val, random index or null] pairs."""
    if not _isinstance(pairs, _list) or not pairs:
        return None
    nodes = [inputs.remember(_RandomListNode(p[0] if _isinstance(p, _list) and p else None)) for p in pairs]
    for i, (node, pair) in enumerate(zip(nodes, pairs)):
        node.next = nodes[i + 1] if i + 1 < _len(nodes) else None
        r = pair[1] if _isinstance(pair, _list) and _len(pair) > 1 else None
        node.random = nodes[r] if _isinstance(r, int) and 0 <= r < _len(nodes) else None
    return nodes[0]


def _tree_nodes(root):
    nodes = [] if root is None else [root]
    for node in nodes:
        for child in (node.left, node.right):
            if child is not None:
                nodes.append(child)
    return nodes


def _link_tail(head, pos):
    """LeetCode's pos: the tail links back to the node at that index; -1 leaves no cycle."""
    if not _isinstance(pos, int) or pos < 0 or head is None:
        return
    target, tail, i = None, head, 0
    while True:
        if i == pos:
            target = tail
        if tail.next is None:
            break
        tail, i = tail.next, i + 1
    if target is not None:
        tail.next = target


def _build_args(raw, shapes, fresh):
    """All arguments as built, the ones the function is passed (a cycle's pos is not), and the input's record."""
    inputs = _Inputs(fresh)
    shape_at = lambda i: shapes[i] if i < _len(shapes) else "plain"  # noqa: E731
    refers = lambda s: _isinstance(s, _dict) and ("nodeOf" in s or "tailOf" in s)  # noqa: E731
    built = [a if refers(shape_at(i)) else _build(a, shape_at(i), inputs) for i, a in enumerate(raw)]
    for i, shape in enumerate(shapes[: _len(built)]):
        if shape in ("graph", "randomList"):
            inputs.as_built[i] = (shape, _serialize(built[i], shape, _Budget(1 << 40)))
    passed = []
    tree_nodes = {}
    for i, a in enumerate(raw):
        shape = shape_at(i)
        if _isinstance(shape, _dict) and "tailOf" in shape:
            _link_tail(built[shape["tailOf"]], a)
            continue
        if _isinstance(shape, _dict) and "nodeOf" in shape:
            k = shape["nodeOf"]
            # Walked once per tree, before the solution runs: p and q both point into root.
            if k not in tree_nodes:
                tree_nodes[k] = _tree_nodes(built[k])
                inputs.tree_ids[k] = {_id(n) for n in tree_nodes[k]}
            built[i] = next((n for n in tree_nodes[k] if n.val == a), None)
        passed.append(built[i])
    return built, passed, inputs


def _check_inputs_unchanged(built, inputs):
    """Copy problems must leave their input as it was."""
    for i, (shape, before) in inputs.as_built.items():
        try:
            after = _serialize(built[i], shape, _Budget(1 << 40))
        except _OutputFailure:
            after = None
        if after != before:
            raise _OutputFailure("the input was changed: a copy must leave the original as it was")
