import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('Y', ['kth-largest-element-in-a-stream', 'time-based-key-value-store', 'detect-squares']);
