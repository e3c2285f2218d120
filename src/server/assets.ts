/**
 * @module server/assets
 * The built web page (dist/web), read into memory when the server starts:
 * only the files found there can be served, by their exact path, so no
 * request path (`..`, encoded slashes, absolute paths, symlinks) can reach
 * anything else on the disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface Asset {
  readonly body: Uint8Array;
  readonly type: string;
  /** Vite's hashed files never change: they may be cached for long. */
  readonly immutable: boolean;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** dist/web, from src/server or dist/server alike. */
export function defaultAssetsDir(): string {
  return fileURLToPath(new URL("../../dist/web/", import.meta.url));
}

/** Every regular file under `dir`, keyed by its URL path (`/assets/index-abc.js`); `/` is index.html. */
export function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && statSync(path).size < 20 * 1024 * 1024) {
        const url = "/" + relative(dir, path).split(sep).join("/");
        const type = TYPES[extname(entry.name).toLowerCase()];
        if (type === undefined) continue; // source maps and the like are not served
        assets.set(url, { body: readFileSync(path), type, immutable: url.startsWith("/assets/") });
      }
    }
  };
  walk(dir);
  const index = assets.get("/index.html");
  if (index) assets.set("/", { ...index, immutable: false });
  return assets;
}
