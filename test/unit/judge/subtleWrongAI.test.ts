import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AI', ['design-add-and-search-words-data-structure', 'design-twitter']);
