/**
 * What a person does in the workbench, as Playwright steps: the command palette, the editor, the
 * webview panels, themes, screenshots. Every wait is on a condition (an element, a text), never a
 * fixed delay; `timeout` only bounds how long a broken UI is given.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import type { RunningCodeServer } from './codeServer';
import { workbenchUrl } from './integrationRound';

export const SCREENSHOTS = resolve(__dirname, '..', '..', 'test-output', 'screenshots');

export type ThemeKind = 'light' | 'dark' | 'high-contrast';

const THEMES: Record<ThemeKind, { label: string; bodyClass: string }> = {
  light: { label: 'Light Modern', bodyClass: 'vs' },
  dark: { label: 'Dark Modern', bodyClass: 'vs-dark' },
  'high-contrast': { label: 'Dark High Contrast', bodyClass: 'hc-black' },
};

/**
 * Editor settings that make typed text land as typed: no auto-closing, auto-indent or suggestions
 * rewriting what the keyboard sends. Everything else stays at its default.
 */
export const TYPING_SETTINGS: Record<string, unknown> = {
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoClosingOvertype': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.parameterHints.enabled': false,
  'editor.hover.enabled': false,
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export class Workbench {
  private shotIndex = 0;

  constructor(
    readonly page: Page,
    readonly server: RunningCodeServer,
    readonly workspace: string,
  ) {}

  /** Loads the workbench and waits until the extension host is connected and the UI settled. */
  async open(): Promise<void> {
    await this.page.goto(workbenchUrl(this.server.baseUrl, this.workspace), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  }

  /** Opens a view container from the activity bar by its title, e.g. "Onsite". */
  async openView(title: string): Promise<void> {
    const item = this.page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`).first();
    const shown = this.page.locator('.part.sidebar .composite.title', { hasText: title }).first();
    await item.waitFor({ timeout: 20_000 });
    // After a reload the workbench may restore the view itself, before or just after the click, which
    // then closes it again: click until it shows.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (await shown.isVisible()) return;
      await item.click();
      if (await shown.waitFor({ timeout: 10_000 }).then(() => true, () => false)) return;
    }
    await shown.waitFor({ timeout: 10_000 });
  }

  /**
   * Collapses a section of the open side bar view, e.g. "Study Plan", so the sections above it get the height:
   * tree rows past a section's height are not rendered, and a flow may need a row further down.
   */
  async collapseSection(title: string): Promise<void> {
    const header = this.page.locator('.part.sidebar .pane-header', { hasText: title }).first();
    await header.waitFor({ timeout: 20_000 });
    if (await header.getAttribute('aria-expanded') === 'true') await header.click();
    await this.page.waitForFunction(
      (name) => [...document.querySelectorAll('.part.sidebar .pane-header')]
        .some((h) => h.textContent.toLowerCase().includes(name.toLowerCase()) && h.getAttribute('aria-expanded') === 'false'),
      title,
      { timeout: 10_000 },
    );
  }

  /** More room for the interview panel and the editor, in the flows and their screenshots. */
  async closeSideBar(): Promise<void> {
    const sideBar = this.page.locator('.part.sidebar');
    if (await sideBar.isVisible()) {
      await this.page.keyboard.press('Control+B');
      await sideBar.waitFor({ state: 'hidden', timeout: 10_000 });
    }
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'domcontentloaded', timeout: 120_000 });
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  }

  /** Runs a command from the palette by its visible label, e.g. "Onsite: Start Interview". */
  async runCommand(label: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${label}`);
      const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
      // Commands of an extension that is still loading show up a moment later; reopening refreshes.
      if (await row.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
        await row.click();
        return;
      }
    }
    throw new Error(`command "${label}" is not in the command palette`);
  }

  /** The quick pick currently open (after a command asks something). */
  quickPick(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Picks an entry of the open quick pick by typing it into the filter (long lists render only what is in view). */
  async pickQuickItem(text: string): Promise<void> {
    const title = this.page.locator('.quick-input-widget .quick-input-title');
    const before = await title.innerText().catch(() => '');
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first();
    await this.page.locator('.quick-input-widget input').fill(text);
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    // The next quick pick of a sequence reuses the widget; wait until this one has gone.
    await this.page.waitForFunction(
      (previous) => document.querySelector('.quick-input-widget .quick-input-title')?.textContent !== previous
        || (document.querySelector<HTMLElement>('.quick-input-widget')?.style.display ?? 'none') === 'none',
      before,
      { timeout: 20_000 },
    );
  }

  /** Parks the pointer over the editor area and waits for any hover tooltip to go, so none covers a screenshot. */
  async parkPointer(): Promise<void> {
    await this.page.mouse.move(700, 800);
    await this.page.locator('.workbench-hover').first().waitFor({ state: 'hidden', timeout: 10_000 });
  }

  async quickPickTitle(): Promise<string> {
    return this.page.locator('.quick-input-widget .quick-input-title').innerText();
  }

  /** The labels of the rows the open quick pick shows (only those rendered, i.e. in view). */
  /**
   * The rows the open quick pick shows once `text` is typed into its filter (the list is virtual: rows
   * beyond its height are not in the page). Waits until no row without the text's first word is left.
   */
  async quickItemLabelsFiltered(text: string): Promise<string[]> {
    await this.page.locator('.quick-input-widget input').fill(text);
    const word = text.split(' ')[0] ?? text;
    await this.page.waitForFunction(
      (first) => [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')].every((row) => row.textContent.includes(first)),
      word,
      { timeout: 10_000 },
    );
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
  }

  async quickItemLabels(): Promise<string[]> {
    await this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor({ timeout: 20_000 });
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
  }

  /** Checks one entry of an open multi-select quick pick, found by typing it into the filter, then clears the filter. */
  async checkQuickItem(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const before = await this.quickPickTitle();
    await input.fill(text);
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first();
    await row.waitFor({ timeout: 20_000 });
    // VS Code 1.100 draws the checkbox as a custom toggle; a click anywhere on the row's label toggles it.
    await row.locator('label.quick-input-list-label').first().click();
    // The extension retitles the pick with the new match count once the selection reaches it.
    await this.page.waitForFunction(
      (previous) => document.querySelector('.quick-input-widget .quick-input-title')?.textContent !== previous,
      before,
      { timeout: 20_000 },
    );
    await input.fill('');
  }

  /** Accepts the open quick pick as it is (Enter), and waits until the next one replaces it or it closes. */
  async acceptQuickPick(): Promise<void> {
    const title = this.page.locator('.quick-input-widget .quick-input-title');
    await title.waitFor({ state: 'visible', timeout: 20_000 });
    const before = await title.innerText();
    await this.page.locator('.quick-input-widget input').press('Enter');
    await this.page.waitForFunction(
      (previous) => document.querySelector('.quick-input-widget .quick-input-title')?.textContent !== previous
        || (document.querySelector<HTMLElement>('.quick-input-widget')?.style.display ?? 'none') === 'none',
      before,
      { timeout: 20_000 },
    );
  }

  async answerInputBox(value: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill(value);
    await this.page.keyboard.press('Enter');
  }

  /**
   * The frame of the webview whose document contains `selector` (webviews live two iframes deep,
   * and several may be open). Waits until one does.
   */
  async webview(selector: string, timeoutMs = 30_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame()) continue;
        const count = await frame.locator(selector).count().catch(() => 0);
        if (count > 0) return frame;
      }
      if (Date.now() > deadline) throw new Error(`no webview shows ${selector}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** The active text editor, focused, with its content replaced by `code` typed key by key. */
  async typeIntoEditor(code: string): Promise<void> {
    const editor = this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    await editor.waitFor({ timeout: 20_000 });
    await editor.click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    for (const line of code.replace(/\r/g, '').split('\n')) {
      await this.page.keyboard.type(line);
      await this.page.keyboard.press('Enter');
    }
    await this.page.keyboard.press('Control+S');
  }

  async activeEditorText(): Promise<string> {
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText();
  }

  async currentTheme(): Promise<ThemeKind> {
    const classes = (await this.page.locator('.monaco-workbench').first().getAttribute('class')) ?? '';
    const kinds = Object.keys(THEMES) as ThemeKind[];
    return kinds.find((kind) => classes.split(/\s+/).includes(THEMES[kind].bodyClass)) ?? 'light';
  }

  /** Switches the colour theme from the palette, as a person would, and waits until the workbench shows it. */
  async setTheme(kind: ThemeKind): Promise<void> {
    const theme = THEMES[kind];
    if (await this.page.locator(`.monaco-workbench.${theme.bodyClass}`).count() > 0) return;
    await this.runCommand('Preferences: Color Theme');
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: theme.label }).first();
    await this.page.locator('.quick-input-widget input').fill(theme.label);
    await row.waitFor({ timeout: 10_000 });
    await row.click();
    await this.page.locator(`.monaco-workbench.${theme.bodyClass}`).waitFor({ timeout: 20_000 });
  }

  /** A button on a notification toast, e.g. "Move on anyway". */
  notificationButton(label: string): Locator {
    return this.page.locator('.notifications-toasts .notification-toast .monaco-button', { hasText: label }).first();
  }

  async notificationText(): Promise<string> {
    return (await this.page.locator('.notifications-toasts').allInnerTexts()).join('\n');
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    this.shotIndex += 1;
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}
