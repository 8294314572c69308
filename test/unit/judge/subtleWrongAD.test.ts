import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AD', ['longest-increasing-path-in-a-matrix', 'distinct-subsequences', 'regular-expression-matching']);
