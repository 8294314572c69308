/**
 * The part of the extension loaded at first use, never at activation: the interview controller (and
 * with it markdown-it, highlight.js and the interviewer), the judge with its guest sources, the
 * problem loader, and the debrief panel with the History view's code (core/debrief, ts-fsrs). The
 * build makes this its own bundle (dist/features.js) that the activation bundle require()s on the first `import('./features')`; import it only that way,
 * so the editor evaluates these modules once they are needed (scripts/build.mjs refuses a static import).
 */
export { InterviewController } from './interview/controller';
export { registerDebriefAndHistory } from './debrief/register';
export { Judge } from '../judge/judge';
export { loadProblem, loadProblemBank } from '../problems/loader';
