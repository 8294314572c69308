import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('Y', ['kth-largest-element-in-a-stream']);
