import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AO', ['linked-list-cycle', 'lowest-common-ancestor-of-a-binary-search-tree']);
