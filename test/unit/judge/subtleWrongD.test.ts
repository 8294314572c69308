import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('D', ['two-sum', 'valid-anagram', 'valid-palindrome', 'valid-parentheses', 'trapping-rain-water', 'validate-binary-search-tree', 'word-break', 'word-search']);
