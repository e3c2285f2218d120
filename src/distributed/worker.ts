/**
 * @module distributed/worker
 * `tally worker`: takes ingest jobs from the queue in the ledger's
 * PostgreSQL database and runs them, `concurrency` at a time, until stopped
 * (SIGINT, SIGTERM) or, with `exitWhenDone`, until no job is waiting or
 * running anywhere. Any number of workers on any number of machines may run
 * against one database; they share nothing but it.
 *
 * A job is read and analysed as `tally ingest` does (pipeline/ingest-inputs:
 * batches, one transaction each), a WARC job from its byte range of the
 * file. Bad inputs are reported (stderr, and the job's output) and do not
 * fail the job; a job that throws (the database went away) is retried by
 * another worker. Killed mid-job, a worker loses nothing and doubles
 * nothing: the batches it committed stay, the job expires and is run again,
 * and the articles already stored are recognised by id.
 *
 * Tracks are resolved over the whole ledger when a worker finishes a job
 * and no job is waiting (postgres/track-queries: one resolver at a time,
 * from one snapshot); any view resolves them too when claims changed.
 */
import { createReadStream } from "node:fs";
import type PgBoss from "pg-boss";
import { ingestInputs, type IngestSummary } from "../pipeline/ingest-inputs.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import type { Store } from "../store/store.js";
import { describeJob, parseJob, type IngestJob } from "./jobs.js";
import { INGEST_QUEUE, startQueue, unfinishedJobs } from "./queue.js";

export interface WorkerOptions {
  readonly databaseUrl: string;
  /** Jobs run at once by this process. */
  readonly concurrency?: number;
  /** Analysis threads per job (as `tally ingest --workers`); default: one per job for a single job, inline otherwise. */
  readonly analysisThreads?: number;
  /** Stop when no job is waiting or running anywhere. */
  readonly exitWhenDone?: boolean;
  readonly pollingIntervalSeconds?: number;
  readonly maintenanceIntervalSeconds?: number;
  readonly write: (text: string) => void;
  readonly reportError: (input: string, reason: string) => void;
}

/** What a worker ingested over all its jobs: an ingest's summary, and how many jobs. */
export interface WorkerSummary extends IngestSummary {
  jobs: number;
}

/** Where an error inside a WARC slice is: the file, and the offset in the file rather than in the slice. */
function locate(job: IngestJob, input: string): string {
  if (job.kind !== "warc" || !input.startsWith("-")) return input;
  const at = /^-#(\d+)$/.exec(input);
  return at ? `${job.input}#${job.start + Number(at[1])}` : job.input;
}

export async function runJob(job: IngestJob, store: Store, options: { analysisThreads?: number; reportError: (input: string, reason: string) => void }): Promise<IngestSummary> {
  const onError = (input: string, reason: string) => options.reportError(locate(job, input), reason);
  if (job.kind === "files") {
    return ingestInputs(job.inputs, store, { workers: options.analysisThreads, onError });
  }
  let opened = true;
  const slice = createReadStream(job.input, { start: job.start, end: job.end - 1 });
  slice.on("error", () => {
    opened = false;
  });
  const summary = await ingestInputs(["-"], store, { workers: options.analysisThreads, read: { stdin: slice }, onError });
  if (!opened) throw new Error(`${job.input}: cannot be read from this machine`);
  return summary;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const store = await openPostgresStore(options.databaseUrl, { poolSize: Math.max(2, concurrency + 1) });
  let boss: PgBoss | null = null;
  const total: WorkerSummary = { jobs: 0, read: 0, added: 0, duplicates: 0, nearDuplicates: 0, failed: 0, claims: 0 };
  let running = 0;
  try {
    boss = await startQueue(options.databaseUrl, {
      max: concurrency + 2,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    });
    const queue = boss;
    const handler = async (jobs: PgBoss.Job<unknown>[]) => {
      const outputs = [];
      for (const queued of jobs) {
        running++;
        try {
          const job = parseJob(queued.data);
          options.write(`job started: ${describeJob(job)}\n`);
          const errors: Array<{ input: string; reason: string }> = [];
          const summary = await runJob(job, store, {
            analysisThreads: options.analysisThreads ?? 0,
            reportError: (input, reason) => {
              errors.push({ input, reason });
              options.reportError(input, reason);
            },
          });
          for (const key of ["read", "added", "duplicates", "nearDuplicates", "failed", "claims"] as const) total[key] += summary[key];
          total.jobs++;
          options.write(`job ${describeJob(job)}: ${summary.read} read, ${summary.added} new, ${summary.duplicates} duplicate, ${summary.nearDuplicates} near-duplicate, ${summary.failed} failed, ${summary.claims} claims\n`);
          // The last job out resolves tracks over everything stored (views do it too when they are read).
          if ((await queue.getQueueSize(INGEST_QUEUE)) === 0) await store.resolveTracks({ ifChanged: true });
          outputs.push({ ...summary, errors: errors.slice(0, 100) });
        } finally {
          running--;
        }
      }
      return outputs;
    };
    for (let i = 0; i < concurrency; i++) {
      await queue.work(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, handler);
    }
    options.write(`worker: taking jobs from ${INGEST_QUEUE} (${concurrency} at a time)${options.exitWhenDone ? ", until none is left" : ""}\n`);
    await new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const stop = (): void => {
        process.off("SIGINT", stop).off("SIGTERM", stop);
        if (timer) clearInterval(timer);
        resolve();
      };
      process.on("SIGINT", stop).on("SIGTERM", stop);
      if (options.exitWhenDone) {
        let checking = false;
        timer = setInterval(() => {
          if (checking) return;
          checking = true;
          unfinishedJobs(queue)
            .then((left) => {
              if (left === 0 && running === 0) stop();
            })
            .catch(() => {})
            .finally(() => {
              checking = false;
            });
        }, 1000);
      }
    });
    await queue.offWork(INGEST_QUEUE);
    // Jobs still running here finish before the store closes.
    while (running > 0) await new Promise((r) => setTimeout(r, 100));
    await store.resolveTracks({ ifChanged: true });
    options.write(`worker: ${total.jobs} jobs, ${total.read} read, ${total.added} new, ${total.duplicates} duplicate, ${total.nearDuplicates} near-duplicate, ${total.failed} failed, ${total.claims} claims stored\n`);
    return total;
  } finally {
    await boss?.stop({ graceful: true, wait: true, timeout: 5000 }).catch(() => {});
    await store.close();
  }
}
