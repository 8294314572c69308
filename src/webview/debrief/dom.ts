/** The debrief's own builders on top of the shared `h`: SVG for the charts, sections and tables. */
import { append, h } from '../shared/dom';

type Child = Node | string | null;

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}

export function section(title: string, id: string, ...children: Child[]): HTMLElement {
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** A section that is one list under its heading: the feedback, the timeline, the clarifications. */
export function listSection(title: string, id: string, list: 'ol' | 'ul', listClass: string, items: HTMLElement[]): HTMLElement {
  return section(title, id, h(list, { class: listClass }, ...items));
}

export function table(caption: string, head: string[], rows: string[][]): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))),
  );
}
