import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('Z', ['redundant-connection', 'number-of-connected-components-in-an-undirected-graph', 'graph-valid-tree']);
