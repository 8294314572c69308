import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AG', ['swim-in-rising-water', 'word-ladder']);
