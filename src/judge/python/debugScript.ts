/**
 * Debug Test for Python: a standalone script for the user's own Python 3 that runs one test through
 * the judge's harness (values.py, node_shapes.py and harness.py, the same code the sandbox runs) on the solution
 * file itself, compiled under its real path so the debugger's breakpoints there bind. It runs
 * outside the sandbox; the caller says so in every label.
 */
import HARNESS from './harness.py';
import NODE_SHAPES from './node_shapes.py';
import VALUES from './values.py';

/** A Python string literal for any text: JSON's escapes are valid Python escapes. */
function pythonString(text: string): string {
  return JSON.stringify(text);
}

export function buildPythonDebugScript(solutionPath: string, callJson: string): string {
  return [
    '# Onsite Debug Test: one test of your solution, run by your local Python OUTSIDE the sandbox.',
    `SOLUTION = ${pythonString(solutionPath)}`,
    `CALL = ${pythonString(callJson)}`,
    `VALUES = ${pythonString(VALUES)}`,
    `NODE_SHAPES = ${pythonString(NODE_SHAPES)}`,
    `HARNESS = ${pythonString(HARNESS)}`,
    'onsite = {}',
    "exec(compile(VALUES, 'onsite-values.py', 'exec'), onsite)",
    "exec(compile(NODE_SHAPES, 'onsite-node-shapes.py', 'exec'), onsite)",
    "exec(compile(HARNESS, 'onsite-harness.py', 'exec'), onsite)",
    "with open(SOLUTION, encoding='utf-8') as f:",
    '    source = f.read()',
    "reply = onsite['run_call'](source, SOLUTION, CALL, 1 << 24)",
    "colon = reply.index(':')",
    'length = int(reply[:colon])',
    'console, answer = reply[colon + 1:colon + 1 + length], reply[colon + 1 + length:]',
    "print(console, end='')",
    "print({'J': 'returned: ', 'X': 'cannot be judged: ', 'E': 'failed: '}[answer[0]] + answer[1:])",
    '',
  ].join('\n');
}
