/**
 * Turns a problem statement from Markdown into HTML for the interview webview. Raw HTML in the Markdown
 * is disabled, so a problem folder cannot inject markup; the webview sanitises the result again with
 * DOMPurify before inserting it, because it never trusts what it is sent.
 */
import hljs from 'highlight.js/lib/core';
import javascript from 'highlight.js/lib/languages/javascript';
import typescript from 'highlight.js/lib/languages/typescript';
import json from 'highlight.js/lib/languages/json';
import MarkdownIt from 'markdown-it';

hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('json', json);

const markdown = new MarkdownIt({
  html: false,
  linkify: false,
  typographer: false,
  highlight(code: string, lang: string): string {
    const language = lang === 'js' ? 'javascript' : lang === 'ts' ? 'typescript' : lang;
    if (language !== '' && hljs.getLanguage(language) !== undefined) {
      return `<pre class="hljs"><code>${hljs.highlight(code, { language, ignoreIllegals: true }).value}</code></pre>`;
    }
    // Unlabelled blocks in statements are examples: input/output lines read best as JavaScript.
    return `<pre class="hljs"><code>${hljs.highlight(code, { language: 'javascript', ignoreIllegals: true }).value}</code></pre>`;
  },
});

export function renderStatement(markdownSource: string): string {
  return markdown.render(markdownSource);
}

