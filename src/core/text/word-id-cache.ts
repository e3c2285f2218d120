/**
 * @module core/text/word-id-cache
 * A number computed from a word's normal form, kept by the token's id
 * (text/tokens: `id`, `wordIdBase`): a word seen before is read from an
 * array instead of being looked up by string. When the tokenizer's ids are
 * handed out afresh, what was kept stands for other words and is forgotten.
 * A token with no current id is computed each time.
 */
import { WORD_ID_SPAN, wordIdBase, type Token } from "./tokens.js";

/** No value kept yet (the values kept are never this). */
const UNSET = -0x80000000;

export class WordIdCache {
  private readonly values = new Int32Array(WORD_ID_SPAN).fill(UNSET);
  private base = wordIdBase();

  constructor(private readonly compute: (norm: string) => number) {}

  /** compute(t.norm). */
  of(t: Token): number {
    // Ids from base on stand for the words they stood for when kept; a later base's ids lie beyond the span.
    const k = t.id - this.base;
    if (t.id < 0 || k < 0 || k >= WORD_ID_SPAN) return this.ofOther(t);
    let value = this.values[k]!;
    if (value === UNSET) value = this.values[k] = this.compute(t.norm);
    return value;
  }

  /** A token with no id, an older one, or one of ids handed out afresh: then what was kept is forgotten. */
  private ofOther(t: Token): number {
    const base = wordIdBase();
    if (t.id < base || this.base === base) return this.compute(t.norm);
    this.values.fill(UNSET);
    this.base = base;
    return this.of(t);
  }
}
