/**
 * A ledger for the API and browser tests: the bundled examples plus an
 * article whose title and body try to inject HTML, in a temporary SQLite
 * file, served by the real server on a free loopback port.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestInputs } from "../../src/pipeline/ingest-inputs.js";
import { startServer, type RunningServer } from "../../src/server/serve.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

export const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

export const XSS_ID = "xss-attempt";
export const XSS_TITLE = `<script>window.__pwned = "title"</script><img src=x onerror="window.__pwned='title-img'"> 40 houses`;
export const XSS_BODY =
  `The Red Cross said 2,500 people had been displaced. <script>window.__pwned = "body"</script> ` +
  `<img src=x onerror="window.__pwned='body-img'"> Officials said damage could reach $15 million.`;

export interface Fixture {
  readonly dir: string;
  readonly db: string;
  readonly store: Store;
  readonly server: RunningServer;
  readonly base: string;
  close(): Promise<void>;
}

export async function startFixture(options: { assetsDir?: string } = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), "tally-api-"));
  const db = join(dir, "ledger.db");
  const xss = join(dir, "xss.json");
  writeFileSync(
    xss,
    JSON.stringify({ id: XSS_ID, title: XSS_TITLE, maintext: XSS_BODY, date_publish: "2026-03-20", language: "en", source_domain: "evil.example" }),
  );
  const store = await openStore(db);
  const summary = await ingestInputs([EXAMPLES, xss], store, { workers: 0 });
  if (summary.failed > 0) throw new Error(`the fixture did not ingest: ${summary.failed} failed`);
  const server = await startServer({ store, port: 0, assetsDir: options.assetsDir });
  return {
    dir,
    db,
    store,
    server,
    base: server.url.replace(/\/$/, ""),
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
