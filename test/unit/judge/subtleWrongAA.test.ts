import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AA', ['network-delay-time', 'min-cost-to-connect-all-points', 'cheapest-flights-within-k-stops']);
