/**
 * @module pipeline/progress
 * Reports an ingest as it goes: a progress bar (articles done, rate, ETA) on a
 * terminal, a plain line every few seconds otherwise (logs, CI).
 */
import { SingleBar } from "cli-progress";

export interface Progress {
  /** `total` is known only for some inputs; null shows a running count. */
  update(done: number, total: number | null): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5000;

export function progressReporter(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled) return { update: () => {}, stop: () => {} };
  return stream.isTTY ? barProgress(stream) : plainProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar({
    stream,
    format: "ingest [{bar}] {value} articles | {rate} articles/s | ETA {eta_formatted}",
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
  });
  const started = Date.now();
  let begun = false;
  return {
    update(done, total) {
      const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
      if (!begun) {
        bar.start(total ?? done + 1, done, { rate });
        begun = true;
      }
      if (total === null) bar.setTotal(Math.max(done + 1, bar.getTotal()));
      bar.update(done, { rate });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}

function plainProgress(stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  let last = started;
  return {
    update(done) {
      const now = Date.now();
      if (now - last < PLAIN_EVERY_MS) return;
      last = now;
      const rate = Math.round(done / ((now - started) / 1000));
      stream.write(`ingest: ${done} articles, ${rate} articles/s\n`);
    },
    stop() {},
  };
}
