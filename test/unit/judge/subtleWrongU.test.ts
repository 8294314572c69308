import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('U', ['hand-of-straights', 'valid-parenthesis-string', 'merge-triplets-to-form-target-triplet']);
