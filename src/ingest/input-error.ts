/**
 * @module ingest/input-error
 * One input that could not be read: a missing file, binary content, a
 * malformed JSON line… Reported as `INPUT: REASON`, where INPUT names the
 * file and, when it helps, the place in it (`wire.jsonl:2`, `dump.json[3]`).
 * Yielded, never thrown past the reader, so the other inputs still go through.
 */
export class InputError extends Error {
  /** The input as the user can find it: a path, `path:line`, `path[index]` or `-` (stdin). */
  readonly input: string;
  /** What is wrong with it, in plain words. */
  readonly reason: string;

  constructor(input: string, reason: string, options?: { cause?: unknown }) {
    super(`${input}: ${reason}`, options);
    this.name = "InputError";
    this.input = input;
    this.reason = reason;
  }

  toJSON(): { error: "input"; input: string; reason: string } {
    return { error: "input", input: this.input, reason: this.reason };
  }
}
