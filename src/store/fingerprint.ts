/**
 * @module store/fingerprint
 * The two fingerprints of an article's text, computed before the write
 * transaction so the lock is held for SQL only: `textHash`, the SHA-1 of
 * the normalised text (equal texts, typography aside, are exact
 * duplicates), and the SimHash for near-duplicates.
 */
import { createHash } from "node:crypto";
import { normaliseText, simhash, type SimHash } from "./near-duplicates.js";

export interface TextFingerprint {
  /** Hex SHA-1 of the normalised text; null for a text with no word (such texts are not duplicates of each other). */
  readonly textHash: string | null;
  readonly simhash: SimHash | null;
}

export function fingerprint(text: string): TextFingerprint {
  const normalised = normaliseText(text);
  if (normalised.length === 0) return { textHash: null, simhash: null };
  return {
    textHash: createHash("sha1").update(normalised, "utf8").digest("hex"),
    simhash: simhash(normalised),
  };
}
