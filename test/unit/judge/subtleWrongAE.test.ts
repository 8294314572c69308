import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AE', ['add-two-numbers', 'valid-sudoku', 'reverse-nodes-in-k-group']);
