import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('F', ['search-a-2d-matrix']);
