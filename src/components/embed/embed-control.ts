/**
 * <embed-control>: a copy button for the embed code. The code itself is in a read-only textarea
 * that works without JavaScript; focusing it selects it all, ready to copy by hand.
 */
import { announce, canCopy, copyText } from '../share/copy-text.ts';

class EmbedControl extends HTMLElement {
  connectedCallback() {
    const code = this.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    const button = this.querySelector<HTMLButtonElement>('[data-embed-copy]');
    const status = this.querySelector('[data-embed-status]');
    if (!code) return;
    code.addEventListener('focus', () => code.select());
    if (!button || !canCopy()) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      announce(status, (await copyText(code.value)) ? 'Embed code copied.' : 'Could not copy. Select the code and copy it by hand.');
    });
  }
}

if (!customElements.get('embed-control')) customElements.define('embed-control', EmbedControl);
