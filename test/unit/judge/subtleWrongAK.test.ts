import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AK', ['reorder-list', 'word-search-ii']);
