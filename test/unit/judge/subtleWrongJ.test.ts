import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('J', ['max-area-of-island', 'jump-game', 'jump-game-ii']);
