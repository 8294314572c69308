import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('K', ['palindromic-substrings']);
