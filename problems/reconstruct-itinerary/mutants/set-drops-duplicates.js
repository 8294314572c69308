// Keeps each airport's destinations in a Set, so repeated tickets are flown only once.
var findItinerary = function (tickets) {
  const out = new Map();
  for (const [from, to] of tickets) {
    if (!out.has(from)) out.set(from, new Set());
    out.get(from).add(to);
  }
  const lists = new Map();
  for (const [k, s] of out) lists.set(k, [...s].sort().reverse());
  const route = [];
  const stack = ['JFK'];
  while (stack.length > 0) {
    const list = lists.get(stack[stack.length - 1]);
    if (list && list.length > 0) stack.push(list.pop());
    else route.push(stack.pop());
  }
  return route.reverse();
};
