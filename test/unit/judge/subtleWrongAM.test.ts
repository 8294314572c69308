import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AM', ['clone-graph', 'copy-list-with-random-pointer']);
