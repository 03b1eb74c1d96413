/*! Sizes embedded figures from this site to their content. No dependencies. Docs: README, "Embedding". */
(function () {
  var NS = 'nk-troops-embed', MAX = 20000, me = document.currentScript, origin;
  try { origin = new URL(me.src).origin; } catch (e) { return; }
  var flag = '_' + NS + origin;
  if (window[flag]) return;
  window[flag] = 1;

  function ours(frame) {
    try {
      var url = new URL(frame.src, location.href);
      return url.origin === origin && url.pathname.indexOf('/embed/') === 0;
    } catch (e) { return false; }
  }
  // Our iframes, also in open shadow roots.
  function frames() {
    var found = [];
    (function walk(root) {
      [].forEach.call(root.querySelectorAll('*'), function (el) {
        if (el.tagName === 'IFRAME' && ours(el)) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      });
    })(document);
    return found;
  }
  function wellFormed(d) {
    return !!d && typeof d === 'object' && !Array.isArray(d) && Object.keys(d).length === 3 &&
      d.ns === NS && d.type === 'size' && typeof d.height === 'number' &&
      isFinite(d.height) && d.height > 0 && d.height <= MAX;
  }

  addEventListener('message', function (event) {
    if (event.origin !== origin || !wellFormed(event.data)) return;
    frames().forEach(function (frame) {
      // Only the sender, while it shows our page.
      if (frame.contentWindow !== event.source || new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.width = '100%';
      frame.style.border = '0';
      frame.style.height = Math.ceil(event.data.height) + 'px';
    });
  });

  // Ask frames loaded before us again; a lazy one still at about:blank once it loads.
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
