import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('J', ['max-area-of-island', 'jump-game']);
