/**
 * @module pipeline/write-turns
 * Turns to write, shared by threads: batch n is written after batch n − 1,
 * whichever thread analysed it, so a ledger written by several threads holds
 * its articles in input order (the same ids, the same originals among
 * duplicates, as one thread would store them). A thread waits for its turn
 * without blocking (Atomics.waitAsync), so it can analyse its next batch
 * meanwhile; it always passes the turn on, and a failure stops every turn
 * still awaited, so no thread waits for a batch that will never be written.
 */

/** [0]: the number of the next batch to write; [1]: 1 once the writing stopped. */
export type WriteTurns = Int32Array;

const NEXT = 0;
const STOPPED = 1;
/** How long a wait lasts before the stop flag is read again (a stop also wakes every waiter). */
const WAIT_MS = 1000;

export function writeTurns(): WriteTurns {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** Resolves once batch `seq` may be written; rejects once the writing stopped. */
export async function awaitTurn(turns: WriteTurns, seq: number): Promise<void> {
  for (;;) {
    if (Atomics.load(turns, STOPPED) === 1) throw new Error("the ingest stopped before this batch was stored");
    const next = Atomics.load(turns, NEXT);
    if (next === seq) return;
    const wait = Atomics.waitAsync(turns, NEXT, next, WAIT_MS);
    if (wait.async) await wait.value;
  }
}

/** Batch `seq` is written (or failed): the next one's turn. */
export function passTurn(turns: WriteTurns, seq: number): void {
  Atomics.store(turns, NEXT, seq + 1);
  Atomics.notify(turns, NEXT);
}

/** No further batch is written: every waiting thread wakes and gives up. */
export function stopTurns(turns: WriteTurns): void {
  Atomics.store(turns, STOPPED, 1);
  Atomics.notify(turns, NEXT);
}

export function turnsStopped(turns: WriteTurns): boolean {
  return Atomics.load(turns, STOPPED) === 1;
}
