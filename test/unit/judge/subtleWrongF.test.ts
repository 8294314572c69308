import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('F', ['search-a-2d-matrix', 'find-minimum-in-rotated-sorted-array', 'generate-parentheses']);
