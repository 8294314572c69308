"""Closes the routes from Python to the JavaScript realm before any solution runs.

Pyodide's bridge modules are dropped from sys.modules and refused by the first finder on
sys.meta_path: `js` (the realm's globals, here an empty object anyway), `pyodide_js` (Pyodide's
JavaScript API: mountNodeFS, loadPackage), `pyodide` and `_pyodide*` (run_js, to_js, create_proxy:
any JsProxy leads to its constructor's constructor, the realm's Function), `micropip` (network),
and ctypes (raw memory and emscripten_run_script). This layer is Python-level and can be walked
around by introspection (object.__subclasses__, gc); the JavaScript and process layers below it
(no code generation from strings, no process/require globals, Node's permission model) are what
hold then. README "Python: threat model" lists them all.
"""

import sys as _sys

_BLOCKED_ROOTS = frozenset({"js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip", "ctypes", "_ctypes", "pyodide_http"})


def _blocked(name):
    return name.split(".", 1)[0] in _BLOCKED_ROOTS


class _SandboxImportBlock:
    """A meta-path finder that answers every blocked name with ImportError."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if _blocked(name):
            raise ImportError(f"module {name!r} is not available in the judge's sandbox")
        return None

    @staticmethod
    def find_module(name, path=None):
        return _SandboxImportBlock.find_spec(name, path)


for _name in list(_sys.modules):
    if _blocked(_name):
        del _sys.modules[_name]
_sys.meta_path.insert(0, _SandboxImportBlock())
del _name
