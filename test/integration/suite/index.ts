/** Entry point the extension host calls (`extensionTestsPath`): every `*.test.js` beside it. */
import { runBundledTests } from './mochaRun';

export function run(): Promise<void> {
  return runBundledTests('.test.js');
}
