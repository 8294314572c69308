// Forgets to reverse the post-order route.
var findItinerary = function (tickets) {
  const out = new Map();
  for (const [from, to] of tickets) {
    if (!out.has(from)) out.set(from, []);
    out.get(from).push(to);
  }
  for (const list of out.values()) list.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const route = [];
  const stack = ['JFK'];
  while (stack.length > 0) {
    const list = out.get(stack[stack.length - 1]);
    if (list && list.length > 0) stack.push(list.pop());
    else route.push(stack.pop());
  }
  return route;
};
