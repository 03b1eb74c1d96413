/* global document, location, URLSearchParams -- ?theme= and ?bg= on <html> before first paint (inlined by EmbedLayout.astro) */
(function () {
  var query = new URLSearchParams(location.search),
    root = document.documentElement,
    theme = query.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'auto') root.setAttribute('data-theme', theme);
  if (query.get('bg') === 'transparent') root.setAttribute('data-bg', 'transparent');
})();
