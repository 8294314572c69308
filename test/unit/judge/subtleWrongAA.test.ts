import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AA', ['network-delay-time']);
