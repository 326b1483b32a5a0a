import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from file:// (Electron) and from the loopback host, hence
// relative asset paths. Run from the repository root with --config renderer/vite.config.ts.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // A strict CSP forbids inline scripts; keep the module preload polyfill out of the HTML.
    modulePreload: { polyfill: false },
  },
});
