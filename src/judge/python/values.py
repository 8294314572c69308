"""LeetCode's values in Python: ListNode and TreeNode, built from LeetCode's arrays and serialised
back to JSON text under an output budget (cycles, depth and size are answers that cannot be judged,
never hangs); the two `Node` classes of Clone Graph and Copy List with Random Pointer; and the
references between arguments (LCA's p and q are nodes of root, a cycle's pos links head's tail).
Runs in the harness's namespace before harness.py, which uses every name here.
"""

import builtins as _builtins_module
import collections
import json as _json

# The harness's own builtins: a private copy, so a solution that patches the builtins module
# (builtins.len = ...) cannot bend how arguments are built or answers serialised.
__builtins__ = dict(_builtins_module.__dict__)

_MAX_DEPTH = 1000
_MAX_ITEMS = 4_000_000

_isinstance, _len, _type, _str, _repr, _getattr, _callable = isinstance, len, type, str, repr, getattr, callable
_dict, _list, _set, _id, _range, _range_type = dict, list, set, id, range, range
_hasattr, _sorted = hasattr, sorted
# The C string encoder: json.dumps runs Python code that looks names up in the real builtins.
_encode_string = _json.encoder.c_encode_basestring or _json.encoder.py_encode_basestring

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val!r})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val!r})"


class _OutputFailure(Exception):
    pass


class _Inputs:
    """What a test's input is made of, for the checks on its answer: the nodes it was built from (a
    deep copy or a decoded tree must not reuse one; kept alive so their ids stay theirs), the node
    sets of trees another argument points into, and the copy problems' input as serialised before the call."""

    def __init__(self, remember):
        self.nodes = [] if remember else None
        self.ids = _set()
        self.tree_ids = {}
        self.as_built = {}

    def remember(self, node):
        if self.nodes is not None:
            self.nodes.append(node)
            self.ids.add(_id(node))
        return node

    def reused(self, node):
        return self.nodes is not None and _id(node) in self.ids


_NO_INPUTS = _Inputs(False)
_REUSED = "the answer reuses a node of the input: it must be built from new nodes"


class _Budget:
    def __init__(self, limit):
        self.size = 0
        self.limit = limit

    def spend(self, piece):
        self.size += _len(piece)
        if self.size > self.limit:
            raise _OutputFailure(f"the output is too large (over {self.limit} characters)")
        return piece


def _number(v):
    if _isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return "null"
        if v == 0:
            return "0"
        return _repr(v)
    return _str(v)


def _plain(v, budget, ancestors, depth):
    if v is None:
        return budget.spend("null")
    if v is True:
        return budget.spend("true")
    if v is False:
        return budget.spend("false")
    if _isinstance(v, (int, float)):
        return budget.spend(_number(v))
    if _isinstance(v, _str):
        return budget.spend(_encode_string(v))
    if depth > _MAX_DEPTH:
        raise _OutputFailure(f"the output is nested more than {_MAX_DEPTH} levels deep")
    key = _id(v)
    if key in ancestors:
        raise _OutputFailure("the output contains a cycle")
    ancestors.add(key)
    try:
        if _isinstance(v, _dict):
            parts = []
            for k, item in v.items():
                if not _isinstance(k, (_str, int, float, bool)) and k is not None:
                    raise _OutputFailure(f"the output has a dictionary key of type {_type(k).__name__}")
                name = k if _isinstance(k, _str) else ("null" if k is None else _number(k) if not _isinstance(k, bool) else ("true" if k else "false"))
                parts.append(budget.spend(_encode_string(name) + ":") + _plain(item, budget, ancestors, depth + 1))
            return "{" + ",".join(parts) + "}"
        if _isinstance(v, (_list, tuple, collections.deque, _range_type, _set, frozenset)):
            if _len(v) > _MAX_ITEMS:
                raise _OutputFailure(f"the output array is too long ({_len(v)} items)")
            parts = [_plain(item, budget, ancestors, depth + 1) for item in v]
            budget.spend("[]" + "," * (_len(parts) - 1))
            return "[" + ",".join(parts) + "]"
        if _isinstance(v, ListNode):
            return _serialize_list(v, budget)
        if _isinstance(v, TreeNode):
            return _serialize_tree(v, budget)
        raise _OutputFailure(f"the answer holds a {_type(v).__name__}, which has no JSON form")
    finally:
        ancestors.discard(key)


def _serialize_list(head, budget, inputs=_NO_INPUTS):
    seen = _set()
    parts = []
    node = head
    while node is not None:
        if not _isinstance(node, ListNode):
            raise _OutputFailure(f"expected a ListNode but found a {_type(node).__name__}")
        if _id(node) in seen:
            raise _OutputFailure("the returned list has a cycle")
        if inputs.reused(node):
            raise _OutputFailure(_REUSED)
        seen.add(_id(node))
        parts.append(_plain(node.val, budget, _set(), 1))
        budget.spend(",")
        node = node.next
        if _len(parts) > _MAX_ITEMS:
            raise _OutputFailure("the returned list is too long")
    return budget.spend("[") + ",".join(parts) + budget.spend("]")


def _serialize_tree(root, budget, inputs=_NO_INPUTS):
    if root is None:
        return budget.spend("[]")
    seen = _set()
    queue = [root]
    head = 0
    parts = []
    pending_nulls = 0
    while head < _len(queue):
        node = queue[head]
        head += 1
        if node is None:
            pending_nulls += 1
            continue
        if not _isinstance(node, TreeNode):
            raise _OutputFailure(f"expected a TreeNode but found a {_type(node).__name__}")
        if _id(node) in seen:
            raise _OutputFailure("the returned tree reaches a node twice (a cycle or shared subtree)")
        if inputs.reused(node):
            raise _OutputFailure(_REUSED)
        seen.add(_id(node))
        for _ in _range(pending_nulls):
            parts.append(budget.spend("null"))
        pending_nulls = 0
        parts.append(_plain(node.val, budget, _set(), 1))
        queue.append(node.left)
        queue.append(node.right)
        if _len(queue) > _MAX_ITEMS:
            raise _OutputFailure("the returned tree is too large")
    return budget.spend("[") + budget.spend(",".join(parts)) + budget.spend("]")


def _serialize(v, shape, budget, depth=0, inputs=_NO_INPUTS):
    if shape == "void":
        return budget.spend("null")
    if shape == "list":
        return _serialize_list(v, budget, inputs) if v is None or _isinstance(v, ListNode) else _plain(v, budget, _set(), depth)
    if shape == "tree":
        return _serialize_tree(v, budget, inputs) if v is None or _isinstance(v, TreeNode) else _plain(v, budget, _set(), depth)
    if shape == "graph":
        return _serialize_graph(v, budget, inputs)
    if shape == "randomList":
        return _serialize_random_list(v, budget, inputs)
    if _isinstance(shape, _dict) and "nodeOf" in shape:
        if v is None:
            return budget.spend("null")
        if _id(v) not in inputs.tree_ids.get(shape["nodeOf"], ()):
            raise _OutputFailure("the returned node is not a node of the input tree (return the node itself, not a new one)")
        return _plain(v.val, budget, _set(), 1)
    if _isinstance(shape, _dict) and "of" in shape and _isinstance(v, (_list, tuple)):
        if depth > _MAX_DEPTH:
            raise _OutputFailure("the output is nested too deeply")
        return "[" + ",".join(_serialize(item, shape["of"], budget, depth + 1, inputs) for item in v) + "]"
    return _plain(v, budget, _set(), depth)


def _build_list(values, inputs=_NO_INPUTS):
    if not _isinstance(values, _list):
        return None
    head = None
    for v in reversed(values):
        head = inputs.remember(ListNode(v, head))
    return head


def _build_tree(values, inputs=_NO_INPUTS):
    if not _isinstance(values, _list) or not values or values[0] is None:
        return None
    root = inputs.remember(TreeNode(values[0]))
    queue = [root]
    head, i = 0, 1
    while i < _len(values) and head < _len(queue):
        node = queue[head]
        head += 1
        if i < _len(values) and values[i] is not None:
            node.left = inputs.remember(TreeNode(values[i]))
            queue.append(node.left)
        i += 1
        if i < _len(values) and values[i] is not None:
            node.right = inputs.remember(TreeNode(values[i]))
            queue.append(node.right)
        i += 1
    return root


def _build(value, shape, inputs=_NO_INPUTS):
    if shape == "list":
        return _build_list(value, inputs)
    if shape == "tree":
        return _build_tree(value, inputs)
    if shape == "graph":
        return _build_graph(value, inputs)
    if shape == "randomList":
        return _build_random_list(value, inputs)
    if _isinstance(shape, _dict) and "of" in shape and _isinstance(value, _list):
        return [_build(item, shape["of"], inputs) for item in value]
    return value
