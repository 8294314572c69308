import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('E', ['contains-duplicate', 'two-sum-ii-input-array-is-sorted', 'permutation-in-string']);
