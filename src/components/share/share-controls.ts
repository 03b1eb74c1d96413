/**
 * <share-controls>: adds the buttons that need JavaScript — the system share sheet (Web Share API)
 * and copy-link — to the plain share links, which work without it. A button is shown only when the
 * browser supports what it does.
 */
import { announce, canCopy, copyText } from './copy-text.ts';

class ShareControls extends HTMLElement {
  connectedCallback() {
    const url = this.dataset['url'];
    const title = this.dataset['title'] ?? document.title;
    if (!url) return;
    // The messages, worded by the component in the page's language.
    const { copied = '', copyFailed = '', sheetFailed = '' } = this.dataset;
    const status = this.querySelector('[data-share-status]');
    const nativeButton = this.querySelector<HTMLButtonElement>('[data-share-native]');
    const copyButton = this.querySelector<HTMLButtonElement>('[data-share-copy]');
    const data: ShareData = { title, url };

    if (nativeButton && typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      nativeButton.hidden = false;
      nativeButton.addEventListener('click', () => {
        navigator.share(data).catch((error: unknown) => {
          // Closing the share sheet rejects with AbortError: the reader changed their mind, not a failure.
          if (!(error instanceof DOMException && error.name === 'AbortError')) announce(status, sheetFailed);
        });
      });
    }
    if (copyButton && canCopy()) {
      copyButton.hidden = false;
      copyButton.addEventListener('click', () => {
        void copyText(url).then((done) => announce(status, done ? copied : copyFailed));
      });
    }
  }
}

if (!customElements.get('share-controls')) customElements.define('share-controls', ShareControls);
