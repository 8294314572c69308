import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AB', ['letter-combinations-of-a-phone-number', 'palindrome-partitioning', 'n-queens']);
