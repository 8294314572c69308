import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('O', ['maximum-product-subarray', 'coin-change-ii']);
