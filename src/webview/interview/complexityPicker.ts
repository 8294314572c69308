/**
 * The plan's complexity picker: a select-only combobox (WAI-ARIA pattern) over the problem's classes.
 * Written here rather than taken from vscode-single-select because that list opens at a fixed height
 * below its face, so near the panel's bottom it was cut off, and its highlighted option was barely
 * visible in the light theme. This list opens on the side with room, scrolls within the viewport,
 * and marks the active option with the theme's selection colours and focus outline.
 * A custom element, so the plan pane reads and writes it like its other fields (`value`, `change`).
 */

const EMPTY_LABEL = '—';
/** Room kept between the list and the viewport's edge, in pixels. */
const EDGE = 6;
const MAX_LIST_HEIGHT = 320;

let pickers = 0;

export class ComplexityPicker extends HTMLElement {
  private readonly face = document.createElement('button');
  private readonly faceText = document.createElement('span');
  private readonly list = document.createElement('ul');
  private options: string[] = [];
  private current = '';
  private active = -1;
  private typed = '';
  private typedAt = 0;
  private readonly idBase = `complexity-picker-${(pickers += 1)}`;
  private readonly closeOnOutside = (event: Event): void => {
    if (!this.contains(event.target as Node)) this.close();
  };
  private readonly closeOnScroll = (event: Event): void => {
    if (event.target !== this.list) this.close();
  };

  constructor() {
    super();
    this.face.type = 'button';
    this.face.className = 'picker-face';
    this.face.setAttribute('role', 'combobox');
    this.face.setAttribute('aria-haspopup', 'listbox');
    this.face.setAttribute('aria-expanded', 'false');
    this.face.setAttribute('aria-controls', `${this.idBase}-list`);
    this.faceText.className = 'picker-value';
    const chevron = document.createElement('span');
    chevron.className = 'picker-chevron';
    chevron.setAttribute('aria-hidden', 'true');
    this.face.append(this.faceText, chevron);
    this.list.id = `${this.idBase}-list`;
    this.list.className = 'picker-list';
    this.list.setAttribute('role', 'listbox');
    this.list.tabIndex = -1;
    this.list.hidden = true;
    this.face.addEventListener('click', () => { if (this.isOpen) this.close(); else this.open(); });
    this.face.addEventListener('keydown', (event) => { this.onKey(event); });
    this.list.addEventListener('mousedown', (event) => { event.preventDefault(); });
    this.list.addEventListener('click', (event) => {
      const index = this.optionIndexOf(event.target);
      if (index >= 0) this.choose(index);
    });
    this.list.addEventListener('mousemove', (event) => {
      const index = this.optionIndexOf(event.target);
      if (index >= 0 && index !== this.active) this.activate(index, false);
    });
  }

  connectedCallback(): void {
    if (this.face.isConnected) return;
    const label = this.getAttribute('aria-label');
    if (label !== null) {
      // The name belongs on the focusable combobox; the element around it has no role to carry it.
      this.face.setAttribute('aria-label', label);
      this.list.setAttribute('aria-label', label);
      this.removeAttribute('aria-label');
    }
    this.append(this.face, this.list);
    this.render();
  }

  static get observedAttributes(): string[] {
    return ['disabled'];
  }

  attributeChangedCallback(): void {
    this.face.disabled = this.hasAttribute('disabled');
    if (this.face.disabled) this.close();
  }

  get value(): string {
    return this.current;
  }

  set value(value: string) {
    this.current = value;
    this.render();
  }

  /** The classes offered, in growing order; a value chosen earlier that is not among them stays offered. */
  setOptions(classes: readonly string[]): void {
    if (classes.length === this.options.length && classes.every((c, i) => c === this.options[i])) return;
    this.options = [...classes];
    this.render();
  }

  private get choices(): string[] {
    const offered = ['', ...this.options];
    return this.current === '' || offered.includes(this.current) ? offered : [...offered, this.current];
  }

  private get isOpen(): boolean {
    return !this.list.hidden;
  }

  override focus(options?: FocusOptions): void {
    this.face.focus(options);
  }

  private render(): void {
    this.faceText.textContent = this.current === '' ? EMPTY_LABEL : this.current;
    this.list.replaceChildren(...this.choices.map((choice, index) => {
      const option = document.createElement('li');
      option.id = `${this.idBase}-option-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(choice === this.current));
      option.dataset.index = String(index);
      option.textContent = choice === '' ? EMPTY_LABEL : choice;
      if (index === this.active) option.classList.add('active');
      return option;
    }));
  }

  private optionIndexOf(target: EventTarget | null): number {
    const option = target instanceof Element ? target.closest('[role="option"]') : null;
    return option instanceof HTMLElement ? Number(option.dataset.index ?? -1) : -1;
  }

  private open(): void {
    if (this.isOpen || this.face.disabled) return;
    this.active = Math.max(0, this.choices.indexOf(this.current));
    this.render();
    this.list.hidden = false;
    this.setAttribute('open', '');
    this.face.setAttribute('aria-expanded', 'true');
    this.place();
    this.activate(this.active, true);
    document.addEventListener('mousedown', this.closeOnOutside, true);
    window.addEventListener('scroll', this.closeOnScroll, true);
    window.addEventListener('resize', this.closeOnScroll);
  }

  private close(): void {
    if (!this.isOpen) return;
    this.list.hidden = true;
    this.removeAttribute('open');
    this.face.setAttribute('aria-expanded', 'false');
    this.face.removeAttribute('aria-activedescendant');
    document.removeEventListener('mousedown', this.closeOnOutside, true);
    window.removeEventListener('scroll', this.closeOnScroll, true);
    window.removeEventListener('resize', this.closeOnScroll);
  }

  /** Below the face when the list fits there or there is more room below; above otherwise; never past the viewport. */
  private place(): void {
    const face = this.face.getBoundingClientRect();
    const viewport = document.documentElement.clientHeight;
    this.list.style.maxHeight = '';
    const wanted = Math.min(this.list.scrollHeight + 2, MAX_LIST_HEIGHT);
    const below = viewport - face.bottom - EDGE;
    const above = face.top - EDGE;
    const downward = below >= wanted || below >= above;
    this.list.style.left = `${face.left}px`;
    this.list.style.minWidth = `${face.width}px`;
    this.list.style.maxHeight = `${Math.max(60, Math.min(wanted, downward ? below : above))}px`;
    this.list.style.top = downward ? `${face.bottom + 2}px` : '';
    this.list.style.bottom = downward ? '' : `${viewport - face.top + 2}px`;
    this.list.classList.toggle('upward', !downward);
  }

  private activate(index: number, centre: boolean): void {
    const count = this.choices.length;
    this.active = Math.min(count - 1, Math.max(0, index));
    for (const option of this.list.children) option.classList.toggle('active', Number((option as HTMLElement).dataset.index) === this.active);
    const option = this.list.children[this.active];
    if (!(option instanceof HTMLElement)) return;
    this.face.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: centre ? 'center' : 'nearest' });
  }

  private choose(index: number): void {
    const choice = this.choices[index];
    this.close();
    this.face.focus();
    if (choice === undefined || choice === this.current) return;
    this.value = choice;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Typing jumps to the next class containing what was typed ("log", "2^", "v"), as a select's type-ahead does. */
  private typeAhead(key: string): void {
    const now = Date.now();
    const continuing = now - this.typedAt <= 800;
    this.typed = continuing ? this.typed + key : key;
    this.typedAt = now;
    const choices = this.choices;
    const from = this.isOpen ? this.active : Math.max(0, choices.indexOf(this.current));
    const wanted = this.typed.toLowerCase();
    // A new search starts after the active class; a continued one may stay on it.
    const start = continuing ? from : from + 1;
    for (let step = 0; step < choices.length; step += 1) {
      const index = (start + step) % choices.length;
      if ((choices[index] ?? '').toLowerCase().replace(/^o\(/, '').includes(wanted)) {
        this.open();
        this.activate(index, false);
        return;
      }
    }
  }

  private onKey(event: KeyboardEvent): void {
    const open = this.isOpen;
    const page = Math.max(1, Math.floor(this.list.clientHeight / 24));
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (!open && (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter' || event.key === ' ')) {
      this.open();
    } else if (open && event.key in moves) {
      this.activate(this.active + (moves[event.key] ?? 0), false);
    } else if (open && (event.key === 'Home' || event.key === 'End')) {
      this.activate(event.key === 'Home' ? 0 : this.choices.length - 1, false);
    } else if (open && (event.key === 'Enter' || event.key === ' ')) {
      this.choose(this.active);
    } else if (open && (event.key === 'Escape' || event.key === 'Tab')) {
      this.close();
      if (event.key === 'Tab') return;
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.typeAhead(event.key);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }
}

export function defineComplexityPicker(): void {
  if (customElements.get('onsite-complexity-picker') === undefined) customElements.define('onsite-complexity-picker', ComplexityPicker);
}
