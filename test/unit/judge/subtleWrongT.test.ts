import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('T', ['partition-equal-subset-sum', 'target-sum', 'best-time-to-buy-and-sell-stock-with-cooldown']);
