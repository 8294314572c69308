/**
 * Which session the interview panel was showing, kept in a file of our own so the panel can come back
 * after a window reload even when the workbench did not persist its editors (code-server writes its
 * layout to the browser's storage lazily, and a reload often loses it). Closing the panel forgets it,
 * so a panel the candidate closed stays closed. No `vscode` import: the unit tests drive it on disk.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class OpenPanelRecord {
  /** What the file says, so the once-a-second view updates do not rewrite it. */
  private known: string | null | undefined;

  constructor(private readonly file: string) {}

  /** The session the panel showed when the window went away, if it was open. */
  recall(): string | undefined {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      const sessionId = typeof parsed === 'object' && parsed !== null ? (parsed as { sessionId?: unknown }).sessionId : undefined;
      // Session ids are file names in the session store; anything else is not ours to open.
      this.known = typeof sessionId === 'string' && /^[\w.:-]{1,200}$/.test(sessionId) ? sessionId : null;
    } catch {
      this.known = null;
    }
    return this.known ?? undefined;
  }

  remember(sessionId: string): void {
    if (this.known === sessionId) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Written whole and renamed over the old one, so a crash leaves either record, never half of one.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ sessionId }));
    renameSync(temporary, this.file);
    this.known = sessionId;
  }

  forget(): void {
    if (this.known === null) return;
    rmSync(this.file, { force: true });
    this.known = null;
  }
}
