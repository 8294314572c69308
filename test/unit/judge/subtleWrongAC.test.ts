import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AC', ['pacific-atlantic-water-flow', 'surrounded-regions', 'walls-and-gates']);
