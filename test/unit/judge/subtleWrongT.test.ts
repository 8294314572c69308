import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('T', ['partition-equal-subset-sum', 'target-sum']);
