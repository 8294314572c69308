import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AF', ['binary-tree-maximum-path-sum', 'construct-binary-tree-from-preorder-and-inorder-traversal']);
