/**
 * @module distributed/queue
 * The job queue, in the ledger's own PostgreSQL database: pg-boss (v10, Node
 * 20), in a schema beside the ledger's (`tally_queue` for the `public`
 * ledger, `<schema>_queue` otherwise), one queue of ingest jobs.
 *
 * Delivery is at least once: a job is `active` while a worker runs it and
 * `completed` when its handler returns; a worker that dies leaves it active
 * until it expires (`expireInSeconds`, set per job at enqueue time), and
 * pg-boss's maintenance, run by every worker, then puts it back for another
 * worker (up to `retryLimit` times). Running a job again is harmless: every
 * write of the store is idempotent (postgres/add-batch).
 */
import PgBoss from "pg-boss";
import { parseDatabaseUrl } from "../store/postgres/connection.js";

export const INGEST_QUEUE = "tally-ingest";
/** Default time a job may run before it is taken to be lost and given to another worker. */
export const DEFAULT_JOB_TIMEOUT_S = 30 * 60;
export const DEFAULT_RETRY_LIMIT = 5;

export function queueSchemaOf(ledgerSchema: string): string {
  return ledgerSchema === "public" ? "tally_queue" : `${ledgerSchema}_queue`.slice(0, 63);
}

export interface QueueOptions {
  /** How often each worker runs pg-boss's maintenance (expiring lost jobs). */
  readonly maintenanceIntervalSeconds?: number;
  readonly pollingIntervalSeconds?: number;
  /** Connections per process. */
  readonly max?: number;
}

export async function startQueue(databaseUrl: string, options: QueueOptions = {}): Promise<PgBoss> {
  const target = parseDatabaseUrl(databaseUrl);
  const boss = new PgBoss({
    connectionString: target.connectionString,
    schema: queueSchemaOf(target.schema),
    max: options.max ?? 3,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 10,
    schedule: false,
    application_name: "tally",
  });
  // pg-boss reports background errors (a lost connection) here; the next operation fails with them.
  boss.on("error", (error) => process.stderr.write(`tally: queue: ${error instanceof Error ? error.message : String(error)}\n`));
  await boss.start();
  if (!(await boss.getQueue(INGEST_QUEUE))) {
    try {
      await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: "standard" });
    } catch (error) {
      // Another process created it meanwhile.
      if (!(await boss.getQueue(INGEST_QUEUE))) throw error;
    }
  }
  return boss;
}

/** Jobs not finished yet: waiting, waiting for a retry, or running. */
export async function unfinishedJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(INGEST_QUEUE, { before: "completed" });
}
