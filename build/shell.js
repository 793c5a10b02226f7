// The static first screen's script, inlined into index.html's <head> by build/postbuild.mjs
// (its hash is in the Content-Security-Policy). It runs before the stylesheet and before the
// body exists, so the first paint is already in the visitor's language and presentation
// (attributes on <html> the shell's CSS reads; nothing moves afterwards), and once that is
// painted it starts fetching the bundled catalogues, in parallel with the wasm, when the URL
// names no others.
// It mirrors rules of the app (Lang::negotiate; the `embed`, `kiosk`, `page`, `theme` and
// `catalogue` parameters); tests/e2e/venue.test.mjs holds the shell to the app's language.
(() => {
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);
  const on = (name) => ['1', 'true'].includes(query.get(name));
  const spoken = ['en', 'zh', 'ja'];
  root.dataset.shellLang = [query.get('lang'), ...navigator.languages]
    .map((tag) => (tag ?? '').split(/[-_]/)[0].toLowerCase())
    .find((code) => spoken.includes(code)) ?? 'en';
  if (on('embed')) root.dataset.shellEmbed = '';
  if (on('kiosk')) root.dataset.kiosk = '';
  if (query.has('page')) root.dataset.shellPage = '';
  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.shellTheme = theme;
  // Another exhibition: its title and sample status are unknown until it loads.
  if (query.get('catalogue')) {
    root.dataset.shellOther = '';
    return;
  }
  // After the first frame, by the same rule as the app's code (build/page.mjs): on a slow
  // link the stylesheet, which the first paint waits for, does not share the bandwidth.
  (@@AFTER_FIRST_FRAME@@)(() => {
    for (const href of @@DEFAULT_SOURCES@@) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.append(link);
    }
  });
})();
