import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('S', ['find-the-duplicate-number', 'set-matrix-zeroes', 'gas-station']);
