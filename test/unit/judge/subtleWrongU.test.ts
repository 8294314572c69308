import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('U', ['hand-of-straights', 'valid-parenthesis-string']);
