/**
 * Second entry point, loaded after the runner reloads the window with the same user data: the
 * `*.afterReload.js` files check what the first round left behind.
 */
import { runBundledTests } from './mochaRun';

export function run(): Promise<void> {
  return runBundledTests('.afterReload.js');
}
