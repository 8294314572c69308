/** The UI flows main.ts runs, in order; each gets a fresh code-server and browser. */
import { askBack } from './clarify';
import { explorerAndWalkthrough } from './explorer';
import type { Flow } from './flow';
import { fullInterview } from './fullInterview';
import { pythonInterview } from './python';
import { extensionHostKilled, reloadMidSession } from './resilience';
import { studyPlanFlow } from './studyPlan';
import { infiniteLoop, wrongAnswer } from './verdicts';

export type { Flow } from './flow';

export const FLOWS: Flow[] = [explorerAndWalkthrough, studyPlanFlow, fullInterview, askBack, wrongAnswer, infiniteLoop, pythonInterview, reloadMidSession, extensionHostKilled];
