import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AH', ['sum-of-two-integers', 'powx-n', 'median-of-two-sorted-arrays']);
