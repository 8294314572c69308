/**
 * Call sequences for Twitter. Tweet ids are drawn without repetition from a shuffled range, so their
 * order says nothing about posting time. Shapes:
 * - "default": 4 users, posts, feeds, follows and unfollows mixed;
 * - "one user": a single poster, more than 10 tweets, so the cap and the order decide;
 * - "follow churn": 3 users following and unfollowing each other often, repeats included;
 * - "many posters": 6 users following one reader, each posting more than 10 tweets;
 * - "worst case": up to 500 users, up to 10^4 posts, each user following dozens of others.
 */
function generate(size, rng, shape) {
  const calls = Math.max(1, Math.min(30000, size));
  const below = (n) => Math.floor(rng() * n);
  let users = 4;
  let weights = [0.35, 0.3, 0.2, 0.15]; // post, feed, follow, unfollow
  if (shape === undefined || shape === 'default') {
    // defaults
  } else if (shape === 'one user') {
    users = 1;
    weights = [0.7, 0.3, 0, 0];
  } else if (shape === 'follow churn') {
    users = 3;
    weights = [0.25, 0.25, 0.25, 0.25];
  } else if (shape === 'many posters') {
    users = 6;
    weights = [0.55, 0.25, 0.15, 0.05];
  } else if (shape === 'worst case') {
    users = 500;
    weights = [0.3, 0.4, 0.25, 0.05];
  } else {
    throw new Error('unknown shape ' + shape);
  }
  const maxPosts = 10001;
  const pool = Math.min(maxPosts, shape === 'worst case' ? maxPosts : Math.max(20, 3 * calls));
  const ids = [];
  for (let i = 0; i < pool; i++) ids.push(i);
  for (let i = pool - 1; i > 0; i--) {
    const j = below(i + 1);
    const t = ids[i];
    ids[i] = ids[j];
    ids[j] = t;
  }
  let nextId = 0;
  const user = () => 1 + below(users);
  const operations = ['Twitter'];
  const args = [[]];
  for (let i = 0; i < calls; i++) {
    let roll = rng();
    let op = 0;
    while (op < 3 && roll >= weights[op]) roll -= weights[op++];
    if (op === 0 && nextId >= ids.length) op = 1;
    if (op >= 2 && users === 1) op = 1;
    if (op === 0) {
      // In "many posters" user 1 mostly reads; the others post.
      const poster = shape === 'many posters' ? 2 + below(users - 1) : user();
      operations.push('postTweet');
      args.push([poster, ids[nextId++]]);
    } else if (op === 1) {
      operations.push('getNewsFeed');
      args.push([shape === 'many posters' && rng() < 0.8 ? 1 : user()]);
    } else {
      let a = shape === 'many posters' && rng() < 0.8 ? 1 : user();
      let b = user();
      if (a === b) b = (b % users) + 1;
      operations.push(op === 2 ? 'follow' : 'unfollow');
      args.push([a, b]);
    }
  }
  return [operations, args];
}
