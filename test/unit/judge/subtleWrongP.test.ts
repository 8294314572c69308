import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('P', ['longest-common-subsequence']);
