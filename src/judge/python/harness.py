"""Onsite's Python harness: runs inside Pyodide, in the sandbox process, before any solution.

It mirrors the JavaScript harness (src/judge/guest/harness.ts): LeetCode's prelude without imports,
ListNode/TreeNode built from and serialised to LeetCode's arrays (values.py), `class Solution` entry points,
design replay with null for void methods, in-place judging, capped console and output. Each test
gets fresh globals and a fresh copy of the builtins; the modules the prelude exposes get their
dictionaries restored after every test, so nothing a solution patches reaches the next test.

The host calls `run_call(script, file_name, call_json, max_output_chars)` once per test and gets one
string back (a string crosses into JavaScript as a plain value, never as a proxy): the console's
length, ":", the console, then "J" + the answer as JSON, "X" + why the answer cannot be judged (too
large, a cycle), or "E" + a JSON error {kind, message, line}. Exceptions never cross into JavaScript.
"""

import builtins as _builtins_module
import bisect
import collections
import functools
import heapq
import itertools
import json as _json
import math
import operator
import random
import re
import string
import sys as _sys
import traceback as _traceback
import typing

# values.py ran first in this namespace: ListNode, TreeNode, _build, _serialize, the captured
# builtins (_isinstance, _len, ...) and the harness's private __builtins__ come from there.

_MAX_CONSOLE = 16 * 1024
# LeetCode's Python reports sys.getrecursionlimit() == 550000; Python 3.14 keeps Python frames off
# the C stack, so Pyodide reaches that depth too (measured: 10^6 frames).
_RECURSION_LIMIT = 550_000
_HARNESS_RECURSION = 5_000


def _star(module, skip=()):
    names = _getattr(module, "__all__", None) or [n for n in _dir(module) if not n.startswith("_")]
    return {n: _getattr(module, n) for n in names if n not in skip and hasattr(module, n)}


_dir = dir
_BUILTIN_NAMES = frozenset(_dir(_builtins_module))

# What LeetCode's Python 3 offers without an import: its typing, collections, heapq, bisect,
# functools, itertools and math names, and the modules themselves. Names that would shadow a
# builtin (math.pow over the three-argument pow) are left out.
_PRELUDE = {}
for _module in (typing, collections, heapq, bisect, functools, itertools, math):
    _PRELUDE.update(_star(_module, _BUILTIN_NAMES))
for _module in (typing, collections, heapq, bisect, functools, itertools, math, operator, random, re, string):
    _PRELUDE[_module.__name__] = _module
_PRELUDE["ascii_lowercase"] = string.ascii_lowercase
_PRELUDE["ascii_uppercase"] = string.ascii_uppercase
_PRELUDE["ascii_letters"] = string.ascii_letters
_PRELUDE["digits"] = string.digits
_PRELUDE["ListNode"] = ListNode
_PRELUDE["TreeNode"] = TreeNode

# Snapshots restored after each test: a solution that patches builtins or a prelude module
# (heapq.heappush = ...) changes nothing for the next test or for this harness.
_RESTORED_MODULES = [_builtins_module, typing, collections, heapq, bisect, functools, itertools, math, operator, random, re, string]
_SNAPSHOTS = [(m, _dict(m.__dict__)) for m in _RESTORED_MODULES]
_BUILTINS = _dict(_builtins_module.__dict__)


class _Console:
    """sys.stdout and sys.stderr during a test: captured, capped at 16 KiB like the JavaScript console."""

    def __init__(self):
        self.parts = []
        self.size = 0
        self.dropped = False

    def write(self, text):
        if not _isinstance(text, _str):
            raise TypeError(f"write() argument must be str, not {_type(text).__name__}")
        room = _MAX_CONSOLE - self.size
        if room <= 0:
            self.dropped = True
            return _len(text)
        piece = text if _len(text) <= room else text[:room]
        if piece is not text:
            self.dropped = True
        self.parts.append(piece)
        self.size += _len(piece)
        return _len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def text(self):
        joined = "".join(self.parts)
        return joined + "\n[console output truncated]\n" if self.dropped else joined


class _GuestError(Exception):
    def __init__(self, kind, message, line=None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.line = line


def _describe(error, file_name):
    """The exception as LeetCode shows it: its type and message, and the last frames in the user's file only."""
    # Walked by hand and kept short: a RecursionError's traceback has 550,000 frames.
    last = collections.deque(maxlen=12)
    count = 0
    tb = error.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == file_name:
            last.append((tb.tb_lineno, code.co_name))
            count += 1
        tb = tb.tb_next
    head = "".join(_traceback.format_exception_only(_type(error), error)).strip()
    if not last:
        return head, None
    import linecache

    lines = ["Traceback (most recent call last):"]
    if count > _len(last):
        lines.append(f"  ... {count - _len(last)} earlier frames")
    for line, name in last:
        lines.append(f'  File "{file_name}", line {line}, in {name}')
        text = linecache.getline(file_name, line).strip()
        if text:
            lines.append(f"    {text}")
    return head + "\n" + "\n".join(lines), last[-1][0]


_compiled = {}


def _compile(script, file_name):
    key = (file_name, script)
    code = _compiled.get(key)
    if code is None:
        try:
            code = compile(script, file_name, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            line = _getattr(error, "lineno", None)
            detail = _getattr(error, "msg", None) or _str(error)
            where = f" (line {line})" if line else ""
            raise _GuestError("compile", f"{_type(error).__name__}: {detail}{where}", line) from None
        if _len(_compiled) >= 8:
            _compiled.clear()
        _compiled[key] = code
        import linecache

        linecache.cache[file_name] = (_len(script), None, script.splitlines(True), file_name)
    return code


def _fresh_globals():
    scope = _dict(_PRELUDE)
    scope["__name__"] = "__main__"
    scope["__builtins__"] = _dict(_BUILTINS)
    return scope


def _entry(scope, name):
    solution = scope.get("Solution")
    if _isinstance(solution, _type):
        method = _getattr(solution(), name, None)
        if _callable(method):
            return method
        raise _GuestError("runtime", f"class Solution has no method {name}; define `def {name}(self, ...)` inside it")
    fn = scope.get(name)
    if _callable(fn):
        return fn
    raise _GuestError("runtime", f"no class Solution with a method {name} was found; define it at the top level")


def _codec(scope, call):
    """A codec's two methods, as LeetCode's driver uses them: `ser = Codec(); deser = Codec()` (or top-level functions)."""
    encoder, decoder = call["entryName"], call["decoderName"]
    # LintCode's free equivalents name the class Solution.
    name = next((n for n in ("Codec", "Solution") if _isinstance(scope.get(n), _type)), None)
    if name is not None:
        codec = scope[name]
        methods = (_getattr(codec(), encoder, None), _getattr(codec(), decoder, None))
        where = f"class {name}"
    else:
        methods = (scope.get(encoder), scope.get(decoder))
        where = "the top level"
    for name, method in zip((encoder, decoder), methods):
        if not _callable(method):
            raise _GuestError("runtime", f"no method {name} was found in {where}; define `class Codec:` with `def {encoder}(self, ...)` and `def {decoder}(self, ...)`")
    return methods


def _run_function(scope, call, built, passed, inputs, budget):
    shapes = call["argShapes"]
    if call.get("decoderName") is None:
        result = _entry(scope, call["entryName"])(*passed)
    else:
        encode, decode = _codec(scope, call)
        encoded = encode(*passed)
        if not _isinstance(encoded, _str):
            raise TypeError(f"{call['entryName']} must return a str, but it returned {_type(encoded).__name__}")
        result = decode(encoded)
    index = call.get("inPlaceIndex")
    if index is not None:
        return _serialize(built[index], shapes[index], budget)
    _check_inputs_unchanged(built, inputs)
    return _serialize(result, call["returnShape"], budget, 0, inputs)


def _run_design(scope, call, test, budget):
    name = call["className"]
    cls = scope.get(name)
    if not _isinstance(cls, _type):
        raise _GuestError("runtime", f"no class named {name} was found; define it at the top level")
    ops, arg_lists = test
    methods = call["methods"]
    ctor_args = [_build(a, s) for a, s in zip(arg_lists[0], call["constructorShapes"])]
    instance = cls(*ctor_args)
    out = [budget.spend("null")]
    for i in _range(1, _len(ops)):
        op = ops[i]
        spec = methods.get(op) if _isinstance(op, _str) else None
        if spec is None:
            raise _GuestError("runtime", f"unknown operation {op!r}")
        method = _getattr(instance, op, None)
        if not _callable(method):
            raise _GuestError("runtime", f"{name}.{op} is not a method")
        result = method(*[_build(a, s) for a, s in zip(arg_lists[i], spec["shapes"])])
        budget.spend(",")
        out.append(_serialize(result, spec["returns"], budget, 1))
    return "[" + ",".join(out) + "]"


def _error_json(kind, message, line):
    line_json = _str(line) if _isinstance(line, int) else "null"
    return '{"kind":' + _encode_string(kind) + ',"message":' + _encode_string(message) + ',"line":' + line_json + "}"


def _restore():
    for module, snapshot in _SNAPSHOTS:
        current = module.__dict__
        if current != snapshot:
            current.clear()
            current.update(snapshot)


def run_call(script, file_name, call_json, max_output_chars):
    """One test: fresh globals, the script, the call. Returns the protocol string described above."""
    console = _Console()
    encoded = _run(console, script, file_name, call_json, max_output_chars)
    text = console.text()
    return _str(_len(text)) + ":" + text + encoded


def _run(console, script, file_name, call_json, max_output_chars):
    """The answer or the failure, encoded; every exception the guest raises becomes one."""
    saved = (_sys.stdout, _sys.stderr)
    try:
        code = _compile(script, file_name)
        # Parsed before the solution runs: the json module's Python code uses the real builtins.
        call = _json.loads(call_json)
        function = call["kind"] == "function"
        if function:
            built, passed, inputs = _build_args(_json.loads(call["argsJson"]), call["argShapes"], call.get("freshOutput") is True)
        else:
            test = _json.loads(call["testJson"])
        budget = _Budget(max_output_chars)
        scope = _fresh_globals()
        if function and call.get("nodeClass") in _NODE_CLASSES:
            scope["Node"] = _NODE_CLASSES[call["nodeClass"]]
        _sys.setrecursionlimit(_RECURSION_LIMIT)
        _sys.stdout = _sys.stderr = console
        try:
            exec(code, scope)
            answer = _run_function(scope, call, built, passed, inputs, budget) if function else _run_design(scope, call, test, budget)
        finally:
            _sys.stdout, _sys.stderr = saved
            _sys.setrecursionlimit(_HARNESS_RECURSION)
        return "J" + answer
    except _OutputFailure as failure:
        return "X" + _str(failure)
    except _GuestError as error:
        return "E" + _error_json(error.kind, error.message, error.line)
    except BaseException as error:  # noqa: BLE001 - every guest exception, KeyboardInterrupt and SystemExit included, is a verdict
        _sys.stdout, _sys.stderr = saved
        _restore()  # the traceback module runs on the real builtins
        kind = {KeyboardInterrupt: "interrupt", MemoryError: "memory", RecursionError: "recursion"}.get(_type(error), "runtime")
        try:
            message, line = _describe(error, file_name)
        except BaseException:  # noqa: BLE001 - a hostile exception whose str() raises
            message, line = f"{_type(error).__name__} (its message could not be read)", None
        return "E" + _error_json(kind, message[:4000], line)
    finally:
        _sys.stdout, _sys.stderr = saved
        _restore()
