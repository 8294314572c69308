import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('G', ['same-tree', 'diameter-of-binary-tree', 'balanced-binary-tree']);
