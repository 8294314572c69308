import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AF', ['binary-tree-maximum-path-sum']);
