import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('N', ['last-stone-weight', 'partition-labels']);
