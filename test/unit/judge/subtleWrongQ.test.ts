import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('Q', ['counting-bits', 'plus-one']);
