/** LeetCode 332, Reconstruct Itinerary: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([tickets]) {
  array('tickets', tickets, 1, 300);
  const outDeg = {};
  const inDeg = {};
  const adj = {};
  for (let i = 0; i < tickets.length; i++) {
    array('tickets[' + i + ']', tickets[i], 2, 2);
    const [from, to] = tickets[i];
    text('tickets[' + i + '][0]', from, 3, 3, /[A-Z]/, 'uppercase English letters');
    text('tickets[' + i + '][1]', to, 3, 3, /[A-Z]/, 'uppercase English letters');
    if (from === to) fail('tickets[' + i + '][0] must differ from tickets[' + i + '][1]');
    outDeg[from] = (outDeg[from] || 0) + 1;
    inDeg[to] = (inDeg[to] || 0) + 1;
    (adj[from] = adj[from] || []).push(to);
  }
  // A route from JFK using every ticket once exists iff every ticket is reachable from JFK and the
  // degrees fit an Euler path that starts at JFK.
  if (!outDeg.JFK) fail('some ticket must leave JFK');
  const airports = Object.keys(Object.assign({}, outDeg, inDeg));
  let ends = 0;
  for (const a of airports) {
    const diff = (outDeg[a] || 0) - (inDeg[a] || 0);
    if (a === 'JFK') {
      if (diff !== 0 && diff !== 1) fail('the tickets must form one itinerary from JFK (degrees at JFK)');
    } else if (diff === -1) ends++;
    else if (diff !== 0) fail('the tickets must form one itinerary from JFK (degrees at ' + a + ')');
  }
  const jfkDiff = (outDeg.JFK || 0) - (inDeg.JFK || 0);
  if (ends !== jfkDiff) fail('the tickets must form one itinerary from JFK (it must end at one airport)');
  const seen = { JFK: true };
  const todo = ['JFK'];
  while (todo.length > 0) {
    const a = todo.pop();
    for (const b of adj[a] || []) if (!seen[b]) { seen[b] = true; todo.push(b); }
  }
  for (const a of airports) if (!seen[a]) fail('every ticket must be reachable from JFK (' + a + ' is not)');
  return true;
}
