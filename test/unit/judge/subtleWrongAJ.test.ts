import { describeSubtleWrong } from './subtleWrongSuite';

describeSubtleWrong('AJ', ['burst-balloons', 'reconstruct-itinerary']);
