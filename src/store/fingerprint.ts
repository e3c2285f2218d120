/**
 * @module store/fingerprint
 * The two fingerprints of an article's text: `textHash`, the SHA-1 of the
 * normalised text (equal texts, typography aside, are exact duplicates),
 * and the SimHash for near-duplicates. Pure, and plain data (strings and
 * numbers, no BigInt): the ingest pipeline computes it on its worker
 * threads and passes it with the analysis (`AnalysedArticle.fingerprint`),
 * so the main thread, which holds the write lock, only writes; `add`
 * computes it when it is absent (or not well formed).
 */
import { createHash } from "node:crypto";
import { normalForm, type SimHash } from "./near-duplicates.js";

export interface Fingerprint {
  /** Hex SHA-1 of the normalised text; null for a text with no word (such texts are not duplicates of each other). */
  readonly textHash: string | null;
  /** Null when the text is too short to judge (MIN_WORDS_FOR_SIMHASH). */
  readonly simhash: SimHash | null;
}

/** The fingerprint of an article's body (`article.body`, exactly as stored). */
export function fingerprint(body: string): Fingerprint {
  const { utf8, simhash } = normalForm(body);
  if (utf8.length === 0) return { textHash: null, simhash: null };
  return { textHash: createHash("sha1").update(utf8).digest("hex"), simhash };
}

const SHA1_HEX = /^[0-9a-f]{40}$/;
const isUint32 = (x: unknown): boolean => typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= 0xffffffff;

/** Whether a value (from a worker message, say) has the shape of a fingerprint; a malformed one is computed again. */
export function isFingerprint(value: unknown): value is Fingerprint {
  if (typeof value !== "object" || value === null) return false;
  const { textHash, simhash: hash } = value as { textHash?: unknown; simhash?: unknown };
  if (textHash === null) return hash === null;
  if (typeof textHash !== "string" || !SHA1_HEX.test(textHash)) return false;
  if (hash === null) return true;
  if (typeof hash !== "object" || hash === undefined) return false;
  const { hi, lo } = hash as { hi?: unknown; lo?: unknown };
  return isUint32(hi) && isUint32(lo);
}
