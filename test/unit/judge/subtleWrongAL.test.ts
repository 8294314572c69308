import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AL', ['course-schedule-ii', 'alien-dictionary']);
