/**
 * The extension's settings as a typed object, mirroring `contributes.configuration` in package.json.
 * Reading is pure over a `get` function so the defaults and clamping are testable without VS Code.
 */
import { DEFAULT_BUDGETS_MINUTES } from '../core/events';
import type { Language, Mode } from '../core/events';
import { DIFFICULTIES, PHASES } from '../vocabulary/interview';
import type { Difficulty, PhaseBudgets } from '../vocabulary/interview';

export interface OnsiteSettings {
  /** The language offered first when starting an interview. */
  defaultLanguage: Language;
  /** Strict runs the interview as it happens; practice allows pausing and going back. */
  mode: Mode;
  /** Minutes per phase for each difficulty; a problem's own budgets override these. */
  budgets: Record<Difficulty, PhaseBudgets>;
  /** Multiplies every per-test time limit in the sandbox. */
  timeLimitFactor: number;
  /** Where solution files are created; empty means the extension's own storage. */
  solutionFolder: string;
  /** Extra problem folders shown beside the bundled bank. */
  problemFolders: string[];
  /** One notification at 80 % and at 100 % of each budget. */
  budgetNotifications: boolean;
  /** Seconds without interaction after which time counts as idle. */
  idleThresholdSeconds: number;
  /** Whether hints may be revealed in strict mode. */
  hintsInStrictMode: boolean;
  /** How the problem explorer groups problems. */
  explorerGroupBy: 'difficulty' | 'topic';
  /** Minutes of coding without a note, run or question that the debrief calls a silent stretch. */
  debriefSilentStretchMinutes: number;
}

/** Reads one key under `onsite.`; returns undefined when unset or when VS Code has no value. */
export type SettingReader = (key: string) => unknown;

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function readBudgets(value: unknown, fallback: PhaseBudgets): PhaseBudgets {
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const result = { ...fallback };
  for (const phase of PHASES) result[phase] = clampNumber(source[phase], 1, 180, fallback[phase]);
  return result;
}

export function readSettings(get: SettingReader): OnsiteSettings {
  const folders = get('problemFolders');
  const budgets = {} as Record<Difficulty, PhaseBudgets>;
  for (const d of DIFFICULTIES) budgets[d] = readBudgets(get(`budgets.${d}`), DEFAULT_BUDGETS_MINUTES[d]);
  return {
    defaultLanguage: pick(get('defaultLanguage'), ['javascript', 'typescript', 'python'], 'javascript'),
    mode: pick(get('mode'), ['practice', 'strict'], 'practice'),
    budgets,
    timeLimitFactor: clampNumber(get('timeLimitFactor'), 0.25, 10, 1),
    solutionFolder: typeof get('solutionFolder') === 'string' ? (get('solutionFolder') as string).trim() : '',
    problemFolders: Array.isArray(folders) ? folders.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [],
    budgetNotifications: get('budgetNotifications') !== false,
    idleThresholdSeconds: clampNumber(get('idleThresholdSeconds'), 15, 3600, 120),
    hintsInStrictMode: get('hintsInStrictMode') === true,
    explorerGroupBy: pick(get('explorer.groupBy'), ['difficulty', 'topic'], 'difficulty'),
    debriefSilentStretchMinutes: clampNumber(get('debrief.silentStretchMinutes'), 1, 60, 10),
  };
}

/** Hints are always allowed in practice; in strict mode only when the setting says so. */
export function hintsAllowed(settings: Pick<OnsiteSettings, 'mode' | 'hintsInStrictMode'>, mode: Mode): boolean {
  return mode === 'practice' || settings.hintsInStrictMode;
}
