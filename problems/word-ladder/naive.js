var ladderLength = function (beginWord, endWord, wordList) {
  // Compare every pair of words to build the graph, then breadth-first search from beginWord.
  const words = wordList.includes(beginWord) ? wordList.slice() : [beginWord, ...wordList];
  const adjacent = (a, b) => {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
    return diff === 1;
  };
  const graph = words.map(() => []);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      if (adjacent(words[i], words[j])) {
        graph[i].push(j);
        graph[j].push(i);
      }
    }
  }
  const start = words.indexOf(beginWord);
  const dist = new Array(words.length).fill(0);
  dist[start] = 1;
  const queue = [start];
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h];
    if (words[u] === endWord) return dist[u];
    for (const v of graph[u]) {
      if (dist[v] === 0) {
        dist[v] = dist[u] + 1;
        queue.push(v);
      }
    }
  }
  return 0;
};
