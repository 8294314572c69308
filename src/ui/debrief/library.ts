/**
 * The finished sessions as the debrief and history see them: read from the engine's session store,
 * debriefed with the problem's metadata, cached by how many events each log holds so a session that
 * gained a self-review or a measurement is recomputed and nothing else is.
 */
import * as fs from 'node:fs';
import { buildDebrief } from '../../core/debrief/debrief';
import type { Debrief } from '../../core/debrief/debrief';
import type { DebriefOptions } from '../../core/debrief/facts';
import type { SessionEvent } from '../../core/events';
import type { SelfReviewDimension } from '../../vocabulary/interview';
import { exportHistory, parseHistoryFile, planMerge } from '../../core/history/historyFile';
import type { StoredSession } from '../../core/history/historyFile';
import type { CatalogueProblem } from '../../core/history/reviewSchedule';
import { summariseDebrief } from '../../core/history/sessionSummary';
import type { SessionSummary } from '../../core/history/sessionSummary';
import type { SessionStore } from '../../core/storage';
import type { ProblemMeta } from '../../problems/types';

export interface DebriefLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface DebriefDeps {
  /** The engine's session store (globalStorage/sessions). */
  store: SessionStore;
  /** The loaded bank, bundled and user problems: clarification banks, mutants, complexity, follow-ups. */
  problems(): Promise<readonly ProblemMeta[]>;
  log: DebriefLog;
  now?(): number;
}

export type ImportOutcome = { ok: true; added: string[]; skipped: string[] } | { ok: false; errors: string[] };

interface Cached {
  length: number;
  debrief: Debrief;
  summary: SessionSummary;
}

export class DebriefLibrary {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly deps: DebriefDeps,
    private readonly options: () => DebriefOptions,
  ) {}

  /** Drops every cached debrief, e.g. when a setting that shapes them changed. */
  forget(): void {
    this.cache.clear();
  }

  now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private async metaOf(problemId: string): Promise<ProblemMeta | undefined> {
    return (await this.deps.problems()).find((p) => p.id === problemId);
  }

  async catalogue(): Promise<CatalogueProblem[]> {
    return (await this.deps.problems()).map((p) => ({ id: p.id, title: p.title, difficulty: p.difficulty, topics: p.topics }));
  }

  private async analyse(sessionId: string, events: readonly SessionEvent[]): Promise<Cached | null> {
    const cached = this.cache.get(sessionId);
    if (cached?.length === events.length) return cached;
    const start = events[0];
    if (start?.type !== 'session_started') return null;
    try {
      const debrief = buildDebrief(events, await this.metaOf(start.problemId), this.options());
      const entry = { length: events.length, debrief, summary: summariseDebrief(debrief) };
      this.cache.set(sessionId, entry);
      return entry;
    } catch (error) {
      this.deps.log.error(`Could not debrief session ${sessionId}`, error);
      return null;
    }
  }

  /** Every finished session, newest first. Unreadable logs are logged by the store's scan and left out. */
  async summaries(): Promise<SessionSummary[]> {
    const scan = this.deps.store.scan();
    for (const corrupt of scan.corrupt) this.deps.log.warn(`History skips ${corrupt.file}: ${corrupt.reason}`);
    const summaries: SessionSummary[] = [];
    for (const log of scan.finished) {
      const analysed = await this.analyse(log.sessionId, log.events);
      if (analysed !== null) summaries.push(analysed.summary);
    }
    return summaries.sort((a, b) => b.startedAt - a.startedAt);
  }

  async debrief(sessionId: string): Promise<Debrief | null> {
    const read = this.deps.store.read(sessionId);
    if (!read.ok) {
      this.deps.log.warn(`Debrief of ${sessionId}: ${read.corrupt.reason}`);
      return null;
    }
    return (await this.analyse(sessionId, read.log.events))?.debrief ?? null;
  }

  recordSelfReview(sessionId: string, scores: Record<SelfReviewDimension, number>, notes: string): void {
    this.deps.store.appendAfterEnd(sessionId, { type: 'self_review', scores: { ...scores }, notes }, this.now());
  }

  exportAll(): string {
    const scan = this.deps.store.scan();
    const sessions: StoredSession[] = scan.finished.map((l) => ({ sessionId: l.sessionId, events: l.events }));
    return exportHistory(sessions, this.now());
  }

  /** Adds sessions from an exported file; a session whose id exists here in any state is left untouched. */
  importFrom(text: string): ImportOutcome {
    const parsed = parseHistoryFile(text);
    if (!parsed.ok) return parsed;
    const scan = this.deps.store.scan();
    const existing = new Set([...scan.finished, ...scan.inProgress].map((l) => l.sessionId));
    const plan = planMerge(existing, parsed.sessions);
    const added: string[] = [];
    const skipped = [...plan.skipped];
    for (const session of plan.add) {
      // A corrupt log with the same id is still someone's data: never write over any existing file.
      if (fs.existsSync(this.deps.store.fileOf(session.sessionId))) {
        skipped.push(session.sessionId);
        continue;
      }
      const writer = this.deps.store.create(session.sessionId);
      try {
        for (const event of session.events) writer.append(event);
        writer.sync();
      } finally {
        writer.close();
      }
      added.push(session.sessionId);
    }
    return { ok: true, added, skipped };
  }
}
