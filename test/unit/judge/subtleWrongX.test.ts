import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('X', ['meeting-rooms', 'meeting-rooms-ii']);
