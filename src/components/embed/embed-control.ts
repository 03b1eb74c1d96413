/**
 * <embed-control>: the snippet builder and a copy button. The default embed code is in a
 * read-only textarea that works without JavaScript (focusing it selects it all, ready to copy
 * by hand); with JavaScript the options form appears, and each change puts the matching snippet,
 * rendered at build time into the control's data-embed-snippets attribute, in the textarea.
 */
import { announce, canCopy, copyText } from '../share/copy-text.ts';

class EmbedControl extends HTMLElement {
  connectedCallback() {
    const code = this.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    const button = this.querySelector<HTMLButtonElement>('[data-embed-copy]');
    const status = this.querySelector('[data-embed-status]');
    if (!code) return;
    // The messages, worded by the component in the page's language.
    const { copied = '', copyFailed = '' } = this.dataset;
    code.addEventListener('focus', () => code.select());
    this.querySelector<HTMLTextAreaElement>('[data-embed-static]')?.addEventListener('focus', (e) =>
      (e.target as HTMLTextAreaElement).select(),
    );
    this.setUpOptions(code);
    if (!button || !canCopy()) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      void copyText(code.value).then((done) => announce(status, done ? copied : copyFailed));
    });
  }

  private setUpOptions(code: HTMLTextAreaElement) {
    const form = this.querySelector<HTMLFieldSetElement>('[data-embed-options]');
    const json = this.dataset['embedSnippets'];
    if (!form || !json) return;
    const snippets = JSON.parse(json) as Record<string, string>;
    const pick = () => {
      const theme = form.querySelector<HTMLInputElement>('[data-embed-theme]:checked')?.value ?? 'light';
      const transparent = form.querySelector<HTMLInputElement>('[data-embed-transparent]')?.checked ? 1 : 0;
      const variant = form.querySelector<HTMLSelectElement>('[data-embed-variant]')?.value ?? '';
      const snippet = snippets[`${theme}|${transparent}|${variant}`];
      if (snippet) code.value = snippet;
    };
    form.addEventListener('change', pick);
    form.hidden = false;
  }
}

if (!customElements.get('embed-control')) customElements.define('embed-control', EmbedControl);
