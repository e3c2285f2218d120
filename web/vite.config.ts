/**
 * Builds the web page into dist/web (git-ignored), served by `tally serve`.
 * Everything is bundled: no CDN, no remote font, no inline script (the
 * server's Content-Security-Policy allows scripts and styles from itself only).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  logLevel: "warn",
});
