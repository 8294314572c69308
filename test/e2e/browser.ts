/** Chromium through playwright-core, with the workbench's console forwarded to our stdout. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.ONSITE_CHROMIUM ?? '/usr/bin/chromium';

/** Noise a browser without network always prints; it says nothing about the extension. */
const HARMLESS = [
  /extension gallery/i, /marketplace/i, /open-vsx/i, /net::ERR_NAME_NOT_RESOLVED/, /ERR_INTERNET_DISCONNECTED/,
  /Failed to load resource/, /\[Service Worker\]/,
  // The workbench's own start-up chatter.
  /Resolving connection token|Resolved connection token|Creating a socket|web worker extension host is started/,
  /allow-scripts and allow-same-origin/, /ChatSessionStore/, /Creation of workbench contribution/, /Overwriting extension <</,
  /Updating additional builtin extensions cache/, /IndexedDB database '[\w-]+' is closed/, /Found unexpected service worker controller/,
];

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export interface ConsoleForwarding {
  /** Prefix for each forwarded line; must not start with whitespace so the runner's counters ignore it. */
  prefix: string;
  /** Only lines matching this are forwarded (all non-harmless lines when absent). */
  only?: RegExp;
  /** Only messages of these console types ('error', 'warning', …) are forwarded. */
  types?: string[];
}

export function forwardConsole(page: Page, forwarding: ConsoleForwarding, sink: (line: string) => void = (l) => { process.stdout.write(l + '\n'); }): void {
  page.on('console', (message) => {
    const text = message.text();
    if (HARMLESS.some((pattern) => pattern.test(text))) return;
    if (forwarding.only && !forwarding.only.test(text)) return;
    if (forwarding.types && !forwarding.types.includes(message.type())) return;
    for (const line of text.split('\n')) sink(`${forwarding.prefix}${line}`);
  });
  page.on('pageerror', (error) => { sink(`${forwarding.prefix}page error: ${error.message}`); });
}

export async function openBrowser(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserSession> {
  // Playwright gives every launch a fresh temporary profile of its own and removes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  return {
    browser, context, page,
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}
