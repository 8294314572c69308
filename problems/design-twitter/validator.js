/** LeetCode 355, Design Twitter: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'Twitter', { Twitter: 0, postTweet: 2, getNewsFeed: 1, follow: 2, unfollow: 2 }, 3e4);
  const used = new Set();
  for (let i = 1; i < ops.length; i++) {
    const a = args[i];
    if (ops[i] === 'postTweet') {
      int(`arguments[${i}][0] (userId)`, a[0], 1, 500);
      int(`arguments[${i}][1] (tweetId)`, a[1], 0, 1e4);
      if (used.has(a[1])) fail(`arguments[${i}][1]: all tweet ids are unique, but ${a[1]} was already posted`);
      used.add(a[1]);
    } else if (ops[i] === 'getNewsFeed') {
      int(`arguments[${i}][0] (userId)`, a[0], 1, 500);
    } else {
      int(`arguments[${i}][0] (followerId)`, a[0], 1, 500);
      int(`arguments[${i}][1] (followeeId)`, a[1], 1, 500);
      if (a[0] === a[1]) fail(`arguments[${i}]: followerId != followeeId (a user never follows themself)`);
    }
  }
  return true;
}
