/**
 * @module distributed/enqueue
 * `tally enqueue INPUT...`: splits the inputs into jobs (distributed/jobs)
 * and puts them on the queue in the ledger's database, in one insert. The
 * ledger's schema is created (migrated) too, so workers start on a ready
 * database.
 */
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import { describeJob, planJobs, type PlanOptions } from "./jobs.js";
import { DEFAULT_JOB_TIMEOUT_S, DEFAULT_RETRY_LIMIT, INGEST_QUEUE, startQueue } from "./queue.js";

export interface EnqueueOptions extends PlanOptions {
  readonly databaseUrl: string;
  /** Seconds a job may run before it is given to another worker. */
  readonly jobTimeoutSeconds?: number;
  readonly retryLimit?: number;
  readonly write: (text: string) => void;
  readonly reportError: (input: string, reason: string) => void;
}

export interface EnqueueSummary {
  readonly jobs: number;
  readonly errors: number;
}

export async function enqueue(inputs: readonly string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const plan = await planJobs(inputs, options);
  for (const e of plan.errors) options.reportError(e.input, e.reason);
  // The ledger's tables, before any worker needs them.
  await (await openPostgresStore(options.databaseUrl, { poolSize: 1 })).close();
  const boss = await startQueue(options.databaseUrl, { max: 2 });
  try {
    const expireInSeconds = options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_S;
    const retryLimit = options.retryLimit ?? DEFAULT_RETRY_LIMIT;
    const PER_INSERT = 1000;
    for (let i = 0; i < plan.jobs.length; i += PER_INSERT) {
      await boss.insert(plan.jobs.slice(i, i + PER_INSERT).map((job) => ({
        name: INGEST_QUEUE, data: job, expireInSeconds, retryLimit, retryDelay: 1,
      })));
    }
    for (const job of plan.jobs) options.write(`queued: ${describeJob(job)}\n`);
    options.write(`enqueued: ${plan.jobs.length} job${plan.jobs.length === 1 ? "" : "s"}, ${plan.errors.length} input${plan.errors.length === 1 ? "" : "s"} with errors\n`);
    return { jobs: plan.jobs.length, errors: plan.errors.length };
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
