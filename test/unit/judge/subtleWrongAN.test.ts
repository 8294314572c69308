import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AN', ['serialize-and-deserialize-binary-tree', 'encode-and-decode-strings']);
