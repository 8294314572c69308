/**
 * Node globals that LeetCode's JavaScript runtime has and QuickJS lacks, as guest source text.
 *
 * Each group is a self-contained script (no imports, ES2023) evaluated in a fresh context before
 * the solution, and only when the solution's source mentions it: every group evaluated costs time
 * on every test. A group captures the intrinsics it uses while it is evaluated, so a solution that
 * later replaces `Array.prototype.push` or `Map.prototype.set` does not change how the built-ins
 * behave, and installs its globals as Node has them: writable, configurable, not enumerable.
 */
import { BASE64_SOURCE } from './base64Builtins';
import { COLLATION_SOURCE, NUMBER_FORMAT_SOURCE } from './intlBuiltins';
import { GUEST_PRELUDE } from './guestPrelude';
import { REQUIRE_SOURCE } from './requireBuiltin';
import { STRUCTURED_CLONE_SOURCE } from './structuredCloneBuiltin';
import { TEXT_CODING_SOURCE } from './textCodingBuiltins';

export { BASE64_SOURCE, COLLATION_SOURCE, NUMBER_FORMAT_SOURCE, REQUIRE_SOURCE, STRUCTURED_CLONE_SOURCE, TEXT_CODING_SOURCE };

export const QUEUE_MICROTASK_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
/* An await on a plain value resumes through the engine's own promise job, so neither a replaced
   Promise.prototype.then nor a Symbol.species getter can intercept the scheduling. */
async function runAfterCurrentJob(callback) { await undefined; apply(callback, undefined, []); }
setGlobal('queueMicrotask', function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  runAfterCurrentJob(callback);
});
})();`;

/**
 * performance.now() counts from when this group was evaluated, just before the solution's script.
 * The factory takes an optional host clock (a function returning monotonic milliseconds); without
 * one it falls back to Date.now, clamped so that it never goes backwards (1 ms resolution).
 */
export const PERFORMANCE_FACTORY = String.raw`(function (hostNow) {
${GUEST_PRELUDE}
const dateNow = Date.now;
const clock = typeof hostNow === 'function' ? hostNow : dateNow;
const origin = apply(clock, undefined, []);
const timeOrigin = apply(dateNow, undefined, []);
let latest = 0;
function now() {
  const elapsed = apply(clock, undefined, []) - origin;
  if (elapsed > latest) latest = elapsed;
  return latest;
}
const performance = {};
defineProperty(performance, 'now', { value: now, writable: true, configurable: true, enumerable: true });
defineProperty(performance, 'timeOrigin', { get() { return timeOrigin; }, configurable: true, enumerable: true });
defineProperty(performance, 'toJSON', { value: function toJSON() { return { timeOrigin }; }, writable: true, configurable: true, enumerable: true });
defineProperty(performance, toStringTagSymbol, { value: 'Performance', configurable: true });
setGlobal('performance', performance);
})`;

export const PERFORMANCE_SOURCE = `${PERFORMANCE_FACTORY}(undefined);`;

export interface NodeBuiltinGroup {
  /** Short name for logs and benchmarks. */
  name: string;
  /** The group is evaluated when the solution's source matches. */
  mentions: RegExp;
  source: string;
}

export const NODE_BUILTINS: readonly NodeBuiltinGroup[] = [
  { name: 'structuredClone', mentions: /\b(?:structuredClone|DOMException)\b/, source: STRUCTURED_CLONE_SOURCE },
  { name: 'queueMicrotask', mentions: /\bqueueMicrotask\b/, source: QUEUE_MICROTASK_SOURCE },
  { name: 'textCoding', mentions: /\bText(?:En|De)coder\b/, source: TEXT_CODING_SOURCE },
  { name: 'performance', mentions: /\bperformance\b/, source: PERFORMANCE_SOURCE },
  { name: 'base64', mentions: /\b(?:atob|btoa)\b/, source: BASE64_SOURCE },
  { name: 'collation', mentions: /\b(?:localeCompare|Intl|Collator)\b/, source: COLLATION_SOURCE },
  { name: 'numberFormat', mentions: /\b(?:Intl|NumberFormat|toLocaleString)\b/, source: NUMBER_FORMAT_SOURCE },
  { name: 'require', mentions: /\brequire\s*\(/, source: REQUIRE_SOURCE },
];

/** The groups a solution needs, in table order. */
export function nodeBuiltinsMentioned(solutionSource: string): NodeBuiltinGroup[] {
  return NODE_BUILTINS.filter((group) => group.mentions.test(solutionSource));
}
