import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('M', ['binary-tree-right-side-view', 'count-good-nodes-in-binary-tree', 'subtree-of-another-tree']);
