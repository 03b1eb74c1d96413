/** Clipboard writing shared by the share and embed controls: offered only where the browser can do it. */
export const canCopy = () => typeof navigator.clipboard?.writeText === 'function';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sets a live region's message so screen readers announce it even when it repeats: the region
 * is emptied first and refilled on the next frame.
 */
export function announce(region: Element | null, message: string) {
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
