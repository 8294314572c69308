class Twitter {
  constructor() {
    this.clock = 0; // a global counter orders every tweet in time
    this.tweets = new Map(); // userId -> [[time, tweetId], …] in posting order
    this.following = new Map(); // followerId -> Set of followeeIds
  }

  /**
   * @param {number} userId
   * @param {number} tweetId
   * @return {void}
   */
  postTweet(userId, tweetId) {
    if (!this.tweets.has(userId)) this.tweets.set(userId, []);
    this.tweets.get(userId).push([this.clock++, tweetId]);
  }

  /**
   * The 10 most recent tweets of the user and of everyone they follow, newest first: a merge from the
   * newest end of each author's list, taking the newest remaining head 10 times. O(F) for F followees.
   * @param {number} userId
   * @return {number[]}
   */
  getNewsFeed(userId) {
    const lists = [];
    const heads = [];
    for (const author of [userId, ...(this.following.get(userId) ?? [])]) {
      const list = this.tweets.get(author);
      if (list !== undefined) {
        lists.push(list);
        heads.push(list.length - 1);
      }
    }
    const feed = [];
    while (feed.length < 10) {
      let best = -1;
      for (let i = 0; i < lists.length; i++) {
        if (heads[i] >= 0 && (best === -1 || lists[i][heads[i]][1] > lists[best][heads[best]][1])) best = i;
      }
      if (best === -1) break;
      feed.push(lists[best][heads[best]][1]);
      heads[best]--;
    }
    return feed;
  }

  /**
   * @param {number} followerId
   * @param {number} followeeId
   * @return {void}
   */
  follow(followerId, followeeId) {
    if (!this.following.has(followerId)) this.following.set(followerId, new Set());
    this.following.get(followerId).add(followeeId);
  }

  /**
   * @param {number} followerId
   * @param {number} followeeId
   * @return {void}
   */
  unfollow(followerId, followeeId) {
    const set = this.following.get(followerId);
    if (set !== undefined) set.delete(followeeId);
  }
}
