/**
 * @module core/phrase-set
 * Multi-word lexicon entries matched on token sequences. A phrase is stored
 * under its normalised words; matching walks a trie, so lookups cost the
 * length of the phrase, never the size of the lexicon.
 */
import { normWord } from "./text/normalize.js";
import { tokenize, type Token } from "./text/tokens.js";
import { WordIdCache } from "./text/word-id-cache.js";

interface Node<V> {
  next: Map<string, Node<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  readonly value: V;
  /** Index of the first token of the match. */
  readonly from: number;
  /** Index after the last token of the match. */
  readonly to: number;
}

export class PhraseSet<V> {
  private readonly forward: Node<V> = { next: new Map() };
  private readonly backward: Node<V> = { next: new Map() };
  readonly size: number;
  /** The root's children, as `firstById` numbers them. */
  private readonly firstNodes: Node<V>[];
  /*
   * The root's child for a token's word, by token id: its index in `firstNodes`, NONE for no child. Most calls
   * find no phrase starting at the token, and an array read costs less than a lookup by string. Made on first use.
   */
  private firstById: WordIdCache | null = null;

  constructor(entries: Iterable<readonly [string, V]>) {
    let size = 0;
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase).map((t) => (t.kind === "word" ? t.norm : normWord(t.norm)));
      if (!words.length) continue;
      insert(this.forward, words, value);
      insert(this.backward, [...words].reverse(), value);
      size++;
    }
    this.size = size;
    this.firstNodes = [...this.forward.next.values()];
  }

  /** The words that can start a phrase. */
  firstWords(): Iterable<string> {
    return this.forward.next.keys();
  }

  /** The longest phrase that starts at token `i`. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<V> | null {
    // The match object is built once, for the longest match only: most calls find none.
    if (i >= limit) return null;
    let node: Node<V> | undefined = this.firstChild(tokens[i]!);
    if (node === undefined) return null;
    let bestTo = node.value !== undefined ? i + 1 : -1;
    let bestValue: V | undefined = node.value;
    for (let j = i + 1; j < limit && node; j++) {
      node = node.next.get(tokens[j]!.norm);
      if (node?.value !== undefined) {
        bestTo = j + 1;
        bestValue = node.value;
      }
    }
    return bestTo < 0 ? null : { value: bestValue as V, from: i, to: bestTo };
  }

  /** The root's child by the token's normal form. */
  private firstChild(t: Token): Node<V> | undefined {
    if (this.firstById === null) {
      const slots = new Map([...this.forward.next.keys()].map((w, k) => [w, k]));
      this.firstById = new WordIdCache((norm) => slots.get(norm) ?? NONE);
    }
    const slot = this.firstById.of(t);
    return slot === NONE ? undefined : this.firstNodes[slot];
  }

  /** The longest phrase that ends right before token `end` (exclusive). */
  matchEndingAt(tokens: readonly Token[], end: number, floor = 0): PhraseMatch<V> | null {
    let node: Node<V> | undefined = this.backward;
    let bestFrom = -1;
    let bestValue: V | undefined;
    for (let j = end - 1; j >= floor && node; j--) {
      node = node.next.get(tokens[j]!.norm);
      if (node?.value !== undefined) {
        bestFrom = j;
        bestValue = node.value;
      }
    }
    return bestFrom < 0 ? null : { value: bestValue as V, from: bestFrom, to: end };
  }

  /** Every match in tokens[from, to), leftmost-longest, non-overlapping. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.to - 1;
      }
    }
    return out;
  }
}

/** No phrase starts with the word (see PhraseSet.firstById). */
const NONE = -1;

function insert<V>(root: Node<V>, words: readonly string[], value: V): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  node.value = value;
}
