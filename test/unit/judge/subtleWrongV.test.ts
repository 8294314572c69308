import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('V', ['task-scheduler', 'multiply-strings', 'interleaving-string']);
