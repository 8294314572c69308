/** What the interview asks of the debrief wing, typed, instead of reaching it through command strings. */
export interface DebriefService {
  /** Shows a finished session's debrief, opening the panel or revealing it. */
  open(sessionId: string): Promise<void>;
  /** The history changed (a session ended, its measurements or self-review landed): redraw what shows it. */
  historyChanged(): void;
}
