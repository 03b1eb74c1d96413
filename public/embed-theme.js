/*! Embed pages: applies ?theme=light|dark|auto and ?bg=transparent to <html> before first paint. */
(function () {
  var query = new URLSearchParams(location.search), root = document.documentElement, theme = query.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'auto') root.setAttribute('data-theme', theme);
  if (query.get('bg') === 'transparent') root.setAttribute('data-bg', 'transparent');
})();
