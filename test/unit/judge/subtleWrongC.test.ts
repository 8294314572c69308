import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('C', [
  'rotate-image', 'rotting-oranges', 'search-in-rotated-sorted-array', 'sliding-window-maximum', 'spiral-matrix', 'subsets', 'three-sum',
  'top-k-frequent-elements',
]);
