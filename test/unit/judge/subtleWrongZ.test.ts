import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('Z', ['redundant-connection']);
