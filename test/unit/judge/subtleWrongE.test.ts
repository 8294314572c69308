import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('E', ['contains-duplicate']);
