import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AE', ['add-two-numbers', 'valid-sudoku']);
