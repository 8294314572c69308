/** The UI flows main.ts runs, in order. Each gets a fresh code-server and browser. */
import type { Workbench } from './workbench';

export interface Flow {
  name: string;
  /** File-name-safe short name: state directory and failure screenshot. */
  slug: string;
  /** User settings for this flow's code-server, on top of startupEditor: none. */
  settings?: Record<string, unknown>;
  run(workbench: Workbench): Promise<void>;
}

export const FLOWS: Flow[] = [];
