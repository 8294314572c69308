import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SessionStore } from '../../src/core/storage';

/** A session store in a fresh temporary folder; `dispose` removes it. */
export function tempStore(prefix = 'onsite-sessions-'): SessionStore & { dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const store = new SessionStore(path.join(dir, 'sessions'));
  return Object.assign(store, { dispose: () => { fs.rmSync(dir, { recursive: true, force: true }); } });
}
