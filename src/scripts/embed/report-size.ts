/**
 * Runs inside an embed page. When the page is framed, it tells the parent how tall the document
 * is — on load, whenever the layout changes size (fonts arriving, a disclosure opening, the frame
 * getting narrower and text rewrapping), and when the host script asks. The height is not secret,
 * so it is posted to any parent origin, except that a reply goes to the origin that asked; incoming
 * messages are ignored unless they are a well-formed request from the parent window itself. When
 * a pym.js host made the frame, heights are also sent in pym's format (./pym.ts).
 */
import { isSizeRequest, sizeMessage } from './protocol.ts';
import { isPymWidth, pymChildId, pymMessage } from './pym.ts';

const framed = window.parent !== window;

/** The document's own height: the root element's box, not scrollHeight, which never drops below the frame's viewport. */
const documentHeight = () => document.documentElement.getBoundingClientRect().height;

/** Present when a pym.js Parent made the frame: then every height also goes out in pym's format. */
const childId = pymChildId(location.search);

let lastSent = -1;
/** `target`: the host's origin when it is known (a reply to its request), else any (the height is not secret). */
const send = (force = false, target = '*') => {
  const message = sizeMessage(documentHeight());
  if (!force && message.height === lastSent) return;
  lastSent = message.height;
  window.parent.postMessage(message, target);
  if (childId) window.parent.postMessage(pymMessage(childId, 'height', message.height), target);
};

if (framed) {
  // Observing the root element catches every change in the document's height, whatever causes it.
  new ResizeObserver(() => send()).observe(document.documentElement);
  window.addEventListener('load', () => send(true));
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if (!isSizeRequest(event.data) && !(childId && isPymWidth(event.data, childId))) return;
    // A sandboxed host without allow-same-origin has the opaque origin "null", which is no target.
    send(true, event.origin === 'null' ? '*' : event.origin);
  });
  // Links out of the figure (to the full page, to a report) should replace the host page, not
  // load the whole site inside the small frame; in-page anchors stay in the frame.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.target) return;
    const samePage = link.origin === location.origin && link.pathname === location.pathname;
    if (!samePage) link.target = '_top';
  });
}
