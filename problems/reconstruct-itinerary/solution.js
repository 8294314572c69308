/**
 * @param {string[][]} tickets
 * @return {string[]}
 */
var findItinerary = function (tickets) {
  // Hierholzer: walk the smallest unused ticket from each airport; an airport is written out once it
  // has no tickets left, so the route comes out backwards, with dead ends placed last.
  const out = new Map();
  for (const [from, to] of tickets) {
    if (!out.has(from)) out.set(from, []);
    out.get(from).push(to);
  }
  // Sorted descending so pop() hands out the lexically smallest destination.
  for (const list of out.values()) list.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const route = [];
  const stack = ['JFK'];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const list = out.get(top);
    if (list && list.length > 0) stack.push(list.pop());
    else route.push(stack.pop());
  }
  return route.reverse();
};
