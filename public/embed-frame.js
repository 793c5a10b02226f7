// Optional helper for the iframe embed: lets each showcase frame on this page grow with its
// content. The framed app posts {"type": "showcase:height", "height": <px>} to its parent
// whenever its height changes; this applies it to the frame that sent it. Nothing else on
// the page is read or changed. Load it once, anywhere: <script src=".../embed-frame.js" async>.
(() => {
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'showcase:height' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-showcase-frame]')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
        frame.style.border = '0';
      }
    }
  });
})();
