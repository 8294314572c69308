import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('I', ['longest-repeating-character-replacement', 'car-fleet', 'largest-rectangle-in-histogram']);
