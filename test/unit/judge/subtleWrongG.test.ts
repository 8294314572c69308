import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('G', ['same-tree']);
