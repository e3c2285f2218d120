/**
 * @module test/run-tally
 * The `tally` command run as a child process from the sources (`node
 * --import tsx src/cli/main.ts`), for the tests of its surface, and what
 * they read back from it.
 */
import { strict as assert } from "node:assert";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The keys of a claim in JSON, in order, as the figures spec writes them (spelt out: the contract, not the code's list). */
export const SPEC_CLAIM_KEYS = ["article", "in", "start", "end", "mention", "low", "high", "qualifier", "counts", "subject", "event", "source", "modality", "track"];

export interface RunOptions {
  /** The ledger the command reads and writes (TALLY_DB): never the project's own tally.db. */
  readonly db: string;
  readonly stdin?: string | Buffer;
  readonly timeoutMs?: number;
}

/** Runs `tally ARGS...` to its end; fails the test when it could not be run at all (a timeout, say). */
export function runTally(args: readonly string[], options: RunOptions): SpawnSyncReturns<string> {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT, input: options.stdin ?? "", encoding: "utf8", timeout: options.timeoutMs ?? 60_000, maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TALLY_DB: options.db },
  });
  assert.equal(run.error, undefined, `tally ${args.join(" ")}: ${String(run.error)}`);
  return run;
}

export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
}
