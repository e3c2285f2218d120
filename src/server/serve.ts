/**
 * @module server/serve
 * Starts the HTTP server on a store (loopback by default), and `tally serve`:
 * open the ledger, optionally ingest inputs first, serve until interrupted.
 */
import type { AddressInfo } from "node:net";
import { serve as serveNode } from "@hono/node-server";
import { ingestInputs } from "../pipeline/ingest-inputs.js";
import { describeLedger } from "../config.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { createApp } from "./app.js";
import { defaultAssetsDir, loadAssets } from "./assets.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 5178;

export interface ServerOptions {
  readonly store: Store;
  /** Port to listen on; 0 picks a free one. */
  readonly port?: number;
  readonly host?: string;
  /** The built page (dist/web by default). */
  readonly assetsDir?: string;
}

export interface RunningServer {
  /** `http://host:port/` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp({ store: options.store, assets: loadAssets(options.assetsDir ?? defaultAssetsDir()) });
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serveNode({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, (info: AddressInfo) => {
      server.off("error", reject);
      const shown = info.family === "IPv6" || host.includes(":") ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            // Keep-alive connections would hold close() open: end them.
            if ("closeAllConnections" in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once("error", reject);
  });
}

export interface ServeCommandOptions {
  /** SQLite file of the ledger, used when `databaseUrl` is null or absent. */
  readonly db: string;
  /** PostgreSQL URL of the ledger. */
  readonly databaseUrl?: string | null;
  readonly port?: number;
  readonly host?: string;
  /** Inputs to ingest before serving (`npm start` ingests the examples). */
  readonly ingest?: readonly string[];
  readonly write: (text: string) => void;
  readonly reportError: (input: string, reason: string) => void;
}

/** `tally serve`: serves until SIGINT or SIGTERM; resolves with the exit code. */
export async function runServe(options: ServeCommandOptions): Promise<number> {
  const store = await openStore({ db: options.db, databaseUrl: options.databaseUrl ?? null });
  let failed = false;
  try {
    if (options.ingest && options.ingest.length > 0) {
      const summary = await ingestInputs(options.ingest, store, { workers: 0, onError: options.reportError });
      failed = summary.failed > 0;
      options.write(
        `ingested ${options.ingest.join(", ")}: ${summary.read} read, ${summary.added} new, ${summary.duplicates} duplicate, ${summary.claims} claims stored\n`,
      );
    }
    const server = await startServer({ store, port: options.port, host: options.host });
    options.write(`Tally is serving the ledger ${describeLedger({ db: options.db, databaseUrl: options.databaseUrl ?? null })} at ${server.url} (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off("SIGINT", stop).off("SIGTERM", stop);
        resolve();
      };
      process.on("SIGINT", stop).on("SIGTERM", stop);
    });
    await server.close();
    return failed ? 1 : 0;
  } finally {
    await store.close();
  }
}
