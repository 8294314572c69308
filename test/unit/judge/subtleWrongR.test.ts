import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('R', ['reverse-integer']);
