/** Where things are, seen from a bundled test file in out/integration/. */
import { join, resolve } from 'node:path';

export const EXTENSION_ID = 'onsite-dev.onsite';
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'integration', 'fixtures');
/** Written by the first round, read after the reload: the only state the two rounds share on purpose. */
export const RELOAD_HANDOFF = join(REPO_ROOT, 'out', 'integration-reload.json');
