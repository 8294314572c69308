import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('K', ['decode-ways', 'palindromic-substrings']);
