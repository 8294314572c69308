import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('B', ['merge-k-sorted-lists', 'merge-two-sorted-lists', 'min-stack', 'minimum-window-substring', 'move-zeroes', 'non-overlapping-intervals', 'number-of-islands', 'permutations', 'product-of-array-except-self', 'remove-nth-node-from-end-of-list', 'reverse-linked-list']);
