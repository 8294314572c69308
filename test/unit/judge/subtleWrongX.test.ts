import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('X', ['meeting-rooms']);
