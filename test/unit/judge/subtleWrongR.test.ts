import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('R', ['reverse-integer', 'number-of-1-bits', 'reverse-bits']);
