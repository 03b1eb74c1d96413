/**
 * Opens every closed disclosure (evidence quotes, "inferred" notes) before the page prints and
 * closes again the ones it opened afterwards, so a printout carries the provenance while the
 * reader's screen is left as it was. The print stylesheet already shows them without JavaScript;
 * this makes the printed page match what an opened page looks like (toggle handlers, [open]
 * styles). Loaded as an external module: the Content-Security-Policy allows no inline script.
 */
const opened = new Set<HTMLDetailsElement>();

export function openForPrint(root: ParentNode = document): void {
  for (const details of root.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    details.open = true;
    opened.add(details);
  }
}

export function restoreAfterPrint(): void {
  for (const details of opened) details.open = false;
  opened.clear();
}

addEventListener('beforeprint', () => openForPrint());
addEventListener('afterprint', restoreAfterPrint);
