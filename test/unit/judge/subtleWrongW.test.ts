import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('W', ['k-closest-points-to-origin', 'combination-sum-ii', 'subsets-ii']);
