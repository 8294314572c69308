/**
 * The part of the extension loaded at first use, never at activation: the interview controller (and
 * with it markdown-it, highlight.js and the interviewer), the judge with its guest sources, and the
 * problem loader with its schema validator (ajv). The build makes this its own bundle (dist/features.js)
 * that the activation bundle require()s on the first `import('./features')`; import it only that way,
 * so the editor evaluates these modules once they are needed (scripts/build.mjs refuses a static import).
 */
export { InterviewController } from './interview/controller';
export { Judge } from '../judge/judge';
export { loadProblem, loadProblemBank } from '../problems/loader';
