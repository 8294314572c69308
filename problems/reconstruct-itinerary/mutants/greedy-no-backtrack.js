// Always flies the smallest unused ticket and never recovers from a dead end.
var findItinerary = function (tickets) {
  const out = new Map();
  for (const [from, to] of tickets) {
    if (!out.has(from)) out.set(from, []);
    out.get(from).push(to);
  }
  for (const list of out.values()) list.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const route = ['JFK'];
  let at = 'JFK';
  while (out.get(at) && out.get(at).length > 0) {
    at = out.get(at).pop();
    route.push(at);
  }
  return route;
};
