import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('L', ['single-number', 'missing-number', 'happy-number']);
