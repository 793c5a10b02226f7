// Starts the embed-code page's bundle (src/builder.rs). The main bundle adds this script when
// the URL asks for that page; it lives next to builder.js, whatever path the app is served from.
import init from './builder.js';

await init({ module_or_path: new URL('builder_bg.wasm', import.meta.url) });
