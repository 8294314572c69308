import type { WebviewMessage } from '../../protocol';

/** Posts a command to the host; the one way panes talk to it. */
export type Send = (message: WebviewMessage) => void;
