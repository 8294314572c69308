import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('X', ['meeting-rooms', 'meeting-rooms-ii', 'minimum-interval-to-include-each-query']);
