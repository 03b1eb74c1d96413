/*! Sizes embedded figures from this site to their content. No dependencies. Docs: README, "Embedding". */
(function () {
  var NS = 'nk-troops-embed', MAX = 20000, me = document.currentScript, origin;
  try { origin = new URL(me.src).origin; } catch (e) { return; }
  // Pasting the snippet once per figure loads this file several times; one listener is enough.
  var flag = '_' + NS + origin;
  if (window[flag]) return;
  window[flag] = 1;

  function ours(frame) {
    try {
      var url = new URL(frame.src, location.href);
      return url.origin === origin && url.pathname.indexOf('/embed/') === 0;
    } catch (e) { return false; }
  }
  function frames() {
    return [].filter.call(document.getElementsByTagName('iframe'), ours);
  }
  function wellFormed(d) {
    return !!d && typeof d === 'object' && !Array.isArray(d) && Object.keys(d).length === 3 &&
      d.ns === NS && d.type === 'size' && typeof d.height === 'number' &&
      isFinite(d.height) && d.height > 0 && d.height <= MAX;
  }

  addEventListener('message', function (event) {
    if (event.origin !== origin || !wellFormed(event.data)) return;
    frames().forEach(function (frame) {
      // Only the frame that sent the message, and only if it still shows our page.
      if (frame.contentWindow !== event.source || new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.width = '100%';
      frame.style.border = '0';
      frame.style.height = Math.ceil(event.data.height) + 'px';
    });
  });

  // Frames that loaded before this script sent their size to no one: ask them again. A frame
  // still at about:blank (lazy, not loaded yet) is asked once it loads: posting to it now would
  // log an origin-mismatch error in the host's console.
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ ns: NS, type: 'request-size' }, origin);
  }
  frames().forEach(function (frame) {
    var blank = false;
    try { blank = !!frame.contentDocument && frame.contentDocument.URL === 'about:blank'; } catch (e) {}
    frame.addEventListener('load', function () { ask(frame); });
    if (!blank) ask(frame);
  });
})();
