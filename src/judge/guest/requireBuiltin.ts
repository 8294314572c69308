/**
 * `require` for the packages LeetCode's runtime lets a solution require (guest source text):
 * `const { MinPriorityQueue } = require('@datastructures-js/priority-queue')` is common in
 * solutions written for LeetCode. It hands out the sandbox's own library globals (bundled from
 * the real packages and loaded when the source mentions them); any other module id, Node's
 * built-in modules included, is Node's MODULE_NOT_FOUND error with a message that says what
 * the sandbox offers. Nothing outside the guest's heap becomes reachable.
 */
import { GUEST_PRELUDE } from './guestPrelude';

export const REQUIRE_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
const MODULES = {
  __proto__: null,
  '@datastructures-js/priority-queue': ['MinPriorityQueue', 'MaxPriorityQueue', 'PriorityQueue'],
  '@datastructures-js/queue': ['Queue'],
  '@datastructures-js/deque': ['Deque'],
  lodash: '_',
};
const OFFERED = keysOf(MODULES).join(', ');
function require(id) {
  const name = toStr(id);
  const entry = MODULES[name];
  if (entry === undefined) {
    throw nodeError(ErrorCtor, 'MODULE_NOT_FOUND', "Cannot find module '" + name + "' (the judge's sandbox offers only " + OFFERED + ')');
  }
  if (typeof entry === 'string') return G[entry];
  const exports = {};
  for (let i = 0; i < entry.length; i++) exports[entry[i]] = G[entry[i]];
  return exports;
}
setGlobal('require', require);
})();`;
