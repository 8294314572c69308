import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('H', ['min-cost-climbing-stairs', 'house-robber-ii', 'unique-paths']);
