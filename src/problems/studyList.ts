/**
 * The study list candidates drill with (the "NeetCode 150"): its topics in the list's order, each with its
 * problems in the list's order. The one place the explorer's topic grouping and the Study Plan view read it.
 * Titles and difficulties are LeetCode's, kept here so a problem the bank does not have yet can still be
 * named honestly ("coming soon") rather than hidden.
 */
import type { Difficulty } from '../vocabulary/interview';

export interface StudyProblem {
  /** The problem's id in the bank (its folder name, a LeetCode slug). */
  id: string;
  title: string;
  difficulty: Difficulty;
}

export interface StudyTopic {
  /** Stable, for tree item ids and the display-name lookup; never shown. */
  id: string;
  /** English name as the list spells it; the UI shows a translated one. */
  name: string;
  problems: readonly StudyProblem[];
}

export const STUDY_LIST: readonly StudyTopic[] = [
  {
    id: 'arrays-and-hashing',
    name: 'Arrays & Hashing',
    problems: [
      { id: 'contains-duplicate', title: 'Contains Duplicate', difficulty: 'easy' },
      { id: 'valid-anagram', title: 'Valid Anagram', difficulty: 'easy' },
      { id: 'two-sum', title: 'Two Sum', difficulty: 'easy' },
      { id: 'group-anagrams', title: 'Group Anagrams', difficulty: 'medium' },
      { id: 'top-k-frequent-elements', title: 'Top K Frequent Elements', difficulty: 'medium' },
      { id: 'encode-and-decode-strings', title: 'Encode and Decode Strings', difficulty: 'medium' },
      { id: 'product-of-array-except-self', title: 'Product of Array Except Self', difficulty: 'medium' },
      { id: 'valid-sudoku', title: 'Valid Sudoku', difficulty: 'medium' },
      { id: 'longest-consecutive-sequence', title: 'Longest Consecutive Sequence', difficulty: 'medium' },
    ],
  },
  {
    id: 'two-pointers',
    name: 'Two Pointers',
    problems: [
      { id: 'valid-palindrome', title: 'Valid Palindrome', difficulty: 'easy' },
      { id: 'two-sum-ii-input-array-is-sorted', title: 'Two Sum II - Input Array Is Sorted', difficulty: 'medium' },
      { id: 'three-sum', title: '3Sum', difficulty: 'medium' },
      { id: 'container-with-most-water', title: 'Container With Most Water', difficulty: 'medium' },
      { id: 'trapping-rain-water', title: 'Trapping Rain Water', difficulty: 'hard' },
    ],
  },
  {
    id: 'sliding-window',
    name: 'Sliding Window',
    problems: [
      { id: 'best-time-to-buy-and-sell-stock', title: 'Best Time to Buy and Sell Stock', difficulty: 'easy' },
      { id: 'longest-substring-without-repeating-characters', title: 'Longest Substring Without Repeating Characters', difficulty: 'medium' },
      { id: 'longest-repeating-character-replacement', title: 'Longest Repeating Character Replacement', difficulty: 'medium' },
      { id: 'permutation-in-string', title: 'Permutation in String', difficulty: 'medium' },
      { id: 'minimum-window-substring', title: 'Minimum Window Substring', difficulty: 'hard' },
      { id: 'sliding-window-maximum', title: 'Sliding Window Maximum', difficulty: 'hard' },
    ],
  },
  {
    id: 'stack',
    name: 'Stack',
    problems: [
      { id: 'valid-parentheses', title: 'Valid Parentheses', difficulty: 'easy' },
      { id: 'min-stack', title: 'Min Stack', difficulty: 'medium' },
      { id: 'evaluate-reverse-polish-notation', title: 'Evaluate Reverse Polish Notation', difficulty: 'medium' },
      { id: 'generate-parentheses', title: 'Generate Parentheses', difficulty: 'medium' },
      { id: 'daily-temperatures', title: 'Daily Temperatures', difficulty: 'medium' },
      { id: 'car-fleet', title: 'Car Fleet', difficulty: 'medium' },
      { id: 'largest-rectangle-in-histogram', title: 'Largest Rectangle in Histogram', difficulty: 'hard' },
    ],
  },
  {
    id: 'binary-search',
    name: 'Binary Search',
    problems: [
      { id: 'binary-search', title: 'Binary Search', difficulty: 'easy' },
      { id: 'search-a-2d-matrix', title: 'Search a 2D Matrix', difficulty: 'medium' },
      { id: 'koko-eating-bananas', title: 'Koko Eating Bananas', difficulty: 'medium' },
      { id: 'find-minimum-in-rotated-sorted-array', title: 'Find Minimum in Rotated Sorted Array', difficulty: 'medium' },
      { id: 'search-in-rotated-sorted-array', title: 'Search in Rotated Sorted Array', difficulty: 'medium' },
      { id: 'time-based-key-value-store', title: 'Time Based Key-Value Store', difficulty: 'medium' },
      { id: 'median-of-two-sorted-arrays', title: 'Median of Two Sorted Arrays', difficulty: 'hard' },
    ],
  },
  {
    id: 'linked-list',
    name: 'Linked List',
    problems: [
      { id: 'reverse-linked-list', title: 'Reverse Linked List', difficulty: 'easy' },
      { id: 'merge-two-sorted-lists', title: 'Merge Two Sorted Lists', difficulty: 'easy' },
      { id: 'reorder-list', title: 'Reorder List', difficulty: 'medium' },
      { id: 'remove-nth-node-from-end-of-list', title: 'Remove Nth Node From End of List', difficulty: 'medium' },
      { id: 'copy-list-with-random-pointer', title: 'Copy List with Random Pointer', difficulty: 'medium' },
      { id: 'add-two-numbers', title: 'Add Two Numbers', difficulty: 'medium' },
      { id: 'linked-list-cycle', title: 'Linked List Cycle', difficulty: 'easy' },
      { id: 'find-the-duplicate-number', title: 'Find the Duplicate Number', difficulty: 'medium' },
      { id: 'lru-cache', title: 'LRU Cache', difficulty: 'medium' },
      { id: 'merge-k-sorted-lists', title: 'Merge k Sorted Lists', difficulty: 'hard' },
      { id: 'reverse-nodes-in-k-group', title: 'Reverse Nodes in k-Group', difficulty: 'hard' },
    ],
  },
  {
    id: 'trees',
    name: 'Trees',
    problems: [
      { id: 'invert-binary-tree', title: 'Invert Binary Tree', difficulty: 'easy' },
      { id: 'maximum-depth-of-binary-tree', title: 'Maximum Depth of Binary Tree', difficulty: 'easy' },
      { id: 'diameter-of-binary-tree', title: 'Diameter of Binary Tree', difficulty: 'easy' },
      { id: 'balanced-binary-tree', title: 'Balanced Binary Tree', difficulty: 'easy' },
      { id: 'same-tree', title: 'Same Tree', difficulty: 'easy' },
      { id: 'subtree-of-another-tree', title: 'Subtree of Another Tree', difficulty: 'easy' },
      { id: 'lowest-common-ancestor-of-a-binary-search-tree', title: 'Lowest Common Ancestor of a Binary Search Tree', difficulty: 'medium' },
      { id: 'binary-tree-level-order-traversal', title: 'Binary Tree Level Order Traversal', difficulty: 'medium' },
      { id: 'binary-tree-right-side-view', title: 'Binary Tree Right Side View', difficulty: 'medium' },
      { id: 'count-good-nodes-in-binary-tree', title: 'Count Good Nodes in Binary Tree', difficulty: 'medium' },
      { id: 'validate-binary-search-tree', title: 'Validate Binary Search Tree', difficulty: 'medium' },
      { id: 'kth-smallest-element-in-a-bst', title: 'Kth Smallest Element in a BST', difficulty: 'medium' },
      { id: 'construct-binary-tree-from-preorder-and-inorder-traversal', title: 'Construct Binary Tree from Preorder and Inorder Traversal', difficulty: 'medium' },
      { id: 'binary-tree-maximum-path-sum', title: 'Binary Tree Maximum Path Sum', difficulty: 'hard' },
      { id: 'serialize-and-deserialize-binary-tree', title: 'Serialize and Deserialize Binary Tree', difficulty: 'hard' },
    ],
  },
  {
    id: 'tries',
    name: 'Tries',
    problems: [
      { id: 'implement-trie-prefix-tree', title: 'Implement Trie (Prefix Tree)', difficulty: 'medium' },
      { id: 'design-add-and-search-words-data-structure', title: 'Design Add and Search Words Data Structure', difficulty: 'medium' },
      { id: 'word-search-ii', title: 'Word Search II', difficulty: 'hard' },
    ],
  },
  {
    id: 'heap-priority-queue',
    name: 'Heap / Priority Queue',
    problems: [
      { id: 'kth-largest-element-in-a-stream', title: 'Kth Largest Element in a Stream', difficulty: 'easy' },
      { id: 'last-stone-weight', title: 'Last Stone Weight', difficulty: 'easy' },
      { id: 'k-closest-points-to-origin', title: 'K Closest Points to Origin', difficulty: 'medium' },
      { id: 'kth-largest-element-in-an-array', title: 'Kth Largest Element in an Array', difficulty: 'medium' },
      { id: 'task-scheduler', title: 'Task Scheduler', difficulty: 'medium' },
      { id: 'design-twitter', title: 'Design Twitter', difficulty: 'medium' },
      { id: 'find-median-from-data-stream', title: 'Find Median from Data Stream', difficulty: 'hard' },
    ],
  },
  {
    id: 'backtracking',
    name: 'Backtracking',
    problems: [
      { id: 'subsets', title: 'Subsets', difficulty: 'medium' },
      { id: 'combination-sum', title: 'Combination Sum', difficulty: 'medium' },
      { id: 'combination-sum-ii', title: 'Combination Sum II', difficulty: 'medium' },
      { id: 'permutations', title: 'Permutations', difficulty: 'medium' },
      { id: 'subsets-ii', title: 'Subsets II', difficulty: 'medium' },
      { id: 'word-search', title: 'Word Search', difficulty: 'medium' },
      { id: 'palindrome-partitioning', title: 'Palindrome Partitioning', difficulty: 'medium' },
      { id: 'letter-combinations-of-a-phone-number', title: 'Letter Combinations of a Phone Number', difficulty: 'medium' },
      { id: 'n-queens', title: 'N-Queens', difficulty: 'hard' },
    ],
  },
  {
    id: 'graphs',
    name: 'Graphs',
    problems: [
      { id: 'number-of-islands', title: 'Number of Islands', difficulty: 'medium' },
      { id: 'max-area-of-island', title: 'Max Area of Island', difficulty: 'medium' },
      { id: 'clone-graph', title: 'Clone Graph', difficulty: 'medium' },
      { id: 'walls-and-gates', title: 'Walls and Gates', difficulty: 'medium' },
      { id: 'rotting-oranges', title: 'Rotting Oranges', difficulty: 'medium' },
      { id: 'pacific-atlantic-water-flow', title: 'Pacific Atlantic Water Flow', difficulty: 'medium' },
      { id: 'surrounded-regions', title: 'Surrounded Regions', difficulty: 'medium' },
      { id: 'course-schedule', title: 'Course Schedule', difficulty: 'medium' },
      { id: 'course-schedule-ii', title: 'Course Schedule II', difficulty: 'medium' },
      { id: 'graph-valid-tree', title: 'Graph Valid Tree', difficulty: 'medium' },
      { id: 'number-of-connected-components-in-an-undirected-graph', title: 'Number of Connected Components in an Undirected Graph', difficulty: 'medium' },
      { id: 'redundant-connection', title: 'Redundant Connection', difficulty: 'medium' },
      { id: 'word-ladder', title: 'Word Ladder', difficulty: 'hard' },
    ],
  },
  {
    id: 'advanced-graphs',
    name: 'Advanced Graphs',
    problems: [
      { id: 'network-delay-time', title: 'Network Delay Time', difficulty: 'medium' },
      { id: 'reconstruct-itinerary', title: 'Reconstruct Itinerary', difficulty: 'hard' },
      { id: 'min-cost-to-connect-all-points', title: 'Min Cost to Connect All Points', difficulty: 'medium' },
      { id: 'swim-in-rising-water', title: 'Swim in Rising Water', difficulty: 'hard' },
      { id: 'alien-dictionary', title: 'Alien Dictionary', difficulty: 'hard' },
      { id: 'cheapest-flights-within-k-stops', title: 'Cheapest Flights Within K Stops', difficulty: 'medium' },
    ],
  },
  {
    id: '1-d-dynamic-programming',
    name: '1-D Dynamic Programming',
    problems: [
      { id: 'climbing-stairs', title: 'Climbing Stairs', difficulty: 'easy' },
      { id: 'min-cost-climbing-stairs', title: 'Min Cost Climbing Stairs', difficulty: 'easy' },
      { id: 'house-robber', title: 'House Robber', difficulty: 'medium' },
      { id: 'house-robber-ii', title: 'House Robber II', difficulty: 'medium' },
      { id: 'longest-palindromic-substring', title: 'Longest Palindromic Substring', difficulty: 'medium' },
      { id: 'palindromic-substrings', title: 'Palindromic Substrings', difficulty: 'medium' },
      { id: 'decode-ways', title: 'Decode Ways', difficulty: 'medium' },
      { id: 'coin-change', title: 'Coin Change', difficulty: 'medium' },
      { id: 'maximum-product-subarray', title: 'Maximum Product Subarray', difficulty: 'medium' },
      { id: 'word-break', title: 'Word Break', difficulty: 'medium' },
      { id: 'longest-increasing-subsequence', title: 'Longest Increasing Subsequence', difficulty: 'medium' },
      { id: 'partition-equal-subset-sum', title: 'Partition Equal Subset Sum', difficulty: 'medium' },
    ],
  },
  {
    id: '2-d-dynamic-programming',
    name: '2-D Dynamic Programming',
    problems: [
      { id: 'unique-paths', title: 'Unique Paths', difficulty: 'medium' },
      { id: 'longest-common-subsequence', title: 'Longest Common Subsequence', difficulty: 'medium' },
      { id: 'best-time-to-buy-and-sell-stock-with-cooldown', title: 'Best Time to Buy and Sell Stock with Cooldown', difficulty: 'medium' },
      { id: 'coin-change-ii', title: 'Coin Change II', difficulty: 'medium' },
      { id: 'target-sum', title: 'Target Sum', difficulty: 'medium' },
      { id: 'interleaving-string', title: 'Interleaving String', difficulty: 'medium' },
      { id: 'longest-increasing-path-in-a-matrix', title: 'Longest Increasing Path in a Matrix', difficulty: 'hard' },
      { id: 'distinct-subsequences', title: 'Distinct Subsequences', difficulty: 'hard' },
      { id: 'edit-distance', title: 'Edit Distance', difficulty: 'medium' },
      { id: 'burst-balloons', title: 'Burst Balloons', difficulty: 'hard' },
      { id: 'regular-expression-matching', title: 'Regular Expression Matching', difficulty: 'hard' },
    ],
  },
  {
    id: 'greedy',
    name: 'Greedy',
    problems: [
      { id: 'maximum-subarray', title: 'Maximum Subarray', difficulty: 'medium' },
      { id: 'jump-game', title: 'Jump Game', difficulty: 'medium' },
      { id: 'jump-game-ii', title: 'Jump Game II', difficulty: 'medium' },
      { id: 'gas-station', title: 'Gas Station', difficulty: 'medium' },
      { id: 'hand-of-straights', title: 'Hand of Straights', difficulty: 'medium' },
      { id: 'merge-triplets-to-form-target-triplet', title: 'Merge Triplets to Form Target Triplet', difficulty: 'medium' },
      { id: 'partition-labels', title: 'Partition Labels', difficulty: 'medium' },
      { id: 'valid-parenthesis-string', title: 'Valid Parenthesis String', difficulty: 'medium' },
    ],
  },
  {
    id: 'intervals',
    name: 'Intervals',
    problems: [
      { id: 'insert-interval', title: 'Insert Interval', difficulty: 'medium' },
      { id: 'merge-intervals', title: 'Merge Intervals', difficulty: 'medium' },
      { id: 'non-overlapping-intervals', title: 'Non-overlapping Intervals', difficulty: 'medium' },
      { id: 'meeting-rooms', title: 'Meeting Rooms', difficulty: 'easy' },
      { id: 'meeting-rooms-ii', title: 'Meeting Rooms II', difficulty: 'medium' },
      { id: 'minimum-interval-to-include-each-query', title: 'Minimum Interval to Include Each Query', difficulty: 'hard' },
    ],
  },
  {
    id: 'math-and-geometry',
    name: 'Math & Geometry',
    problems: [
      { id: 'rotate-image', title: 'Rotate Image', difficulty: 'medium' },
      { id: 'spiral-matrix', title: 'Spiral Matrix', difficulty: 'medium' },
      { id: 'set-matrix-zeroes', title: 'Set Matrix Zeroes', difficulty: 'medium' },
      { id: 'happy-number', title: 'Happy Number', difficulty: 'easy' },
      { id: 'plus-one', title: 'Plus One', difficulty: 'easy' },
      { id: 'powx-n', title: 'Pow(x, n)', difficulty: 'medium' },
      { id: 'multiply-strings', title: 'Multiply Strings', difficulty: 'medium' },
      { id: 'detect-squares', title: 'Detect Squares', difficulty: 'medium' },
    ],
  },
  {
    id: 'bit-manipulation',
    name: 'Bit Manipulation',
    problems: [
      { id: 'single-number', title: 'Single Number', difficulty: 'easy' },
      { id: 'number-of-1-bits', title: 'Number of 1 Bits', difficulty: 'easy' },
      { id: 'counting-bits', title: 'Counting Bits', difficulty: 'easy' },
      { id: 'reverse-bits', title: 'Reverse Bits', difficulty: 'easy' },
      { id: 'missing-number', title: 'Missing Number', difficulty: 'easy' },
      { id: 'sum-of-two-integers', title: 'Sum of Two Integers', difficulty: 'medium' },
      { id: 'reverse-integer', title: 'Reverse Integer', difficulty: 'medium' },
    ],
  },
];

/** Bundled problems that are not on the list: kept, shown after it as extras. */
export const STUDY_EXTRAS: readonly StudyProblem[] = [{ id: 'move-zeroes', title: 'Move Zeroes', difficulty: 'easy' }];

const TOPIC_OF_PROBLEM = new Map<string, StudyTopic>(STUDY_LIST.flatMap((topic) => topic.problems.map((p) => [p.id, topic] as const)));

/** The list topic a problem belongs to, or undefined when it is not on the list. */
export function studyTopicOf(problemId: string): StudyTopic | undefined {
  return TOPIC_OF_PROBLEM.get(problemId);
}
