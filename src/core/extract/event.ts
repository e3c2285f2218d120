/**
 * @module core/extract/event
 * What a figure is about: the event verb or noun nearest to it in its
 * sentence, else the event its counted noun carries by itself ("blessés",
 * "deaths").
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { PhraseMatch } from "../phrase-set.js";
import type { Token } from "../text/tokens.js";
import type { CountedThing } from "./counted-thing.js";
import type { Quantity } from "./quantities.js";

/** Event mentions of a sentence, found once and shared by its figures. */
export function findEvents(lang: CompiledLanguage, tokens: readonly Token[]): PhraseMatch<string>[] {
  return lang.events.findAll(tokens);
}

const NEAR = 3;

export function readEvent(lang: CompiledLanguage, tokens: readonly Token[], events: readonly PhraseMatch<string>[], q: Quantity, thing: CountedThing): string | null {
  const nounEvent = thing.nounAt >= 0 ? lang.nounEvents.get(tokens.slice(thing.nounAt, thing.nounTo).map((t) => t.norm).join(" ")) : undefined;
  let best: PhraseMatch<string> | null = null;
  let bestDistance = Infinity;
  for (const e of events) {
    if (e.from < q.to && e.to > q.from) continue;
    if (thing.nounAt >= 0 && e.from === thing.nounAt && nounEvent) continue;
    // Distance counted from the figure and its noun; a verb after the noun (a participle) is as close as one before the figure.
    const right = thing.nounTo > 0 ? thing.nounTo : q.to;
    const d = e.from >= right ? e.from - right : e.to <= q.from ? q.from - e.to : 0;
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  if (nounEvent && (!best || bestDistance > NEAR)) return nounEvent;
  return best ? best.value : nounEvent ?? null;
}
