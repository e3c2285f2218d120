/** Owners and subjects: whose a figure is, read from how a clause names things. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { compileLanguage } from "../compile-language.js";
import { LANGUAGES } from "../../lang/registry.js";
import type { LanguageCode } from "../types.js";
import { extractClaims } from "./extract-claims.js";

function read(body: string, code: LanguageCode, mention: string): { owner: string | null; subject: string | null } {
  const lang = compileLanguage(LANGUAGES.find((l) => l.code === code)!);
  const owners: (string | null)[] = [];
  const claims = extractClaims(lang, body, { article: "t", in: "body", owners });
  const i = claims.findIndex((c) => c.mention === mention);
  assert.ok(i >= 0, `no claim «${mention}» in «${body}»`);
  return { owner: owners[i] ?? null, subject: claims[i]!.subject };
}

test("owner: a name listed beside its figure owns it", () => {
  assert.equal(read("Assam recorded the highest turnout of 81.56 per cent among states.", "en", "81.56 per cent").owner, "Assam");
  assert.equal(read("Le Kenneth Fire (4 km2) est maîtrisé.", "fr", "4 km2").owner, "Kenneth Fire");
  // The antecedent of a relative clause, with its complement, is the figure's clause's.
  assert.equal(read("The Creek Fire of 2020, which burned 379,895 acres, was larger.", "en", "379,895 acres").owner, "Creek Fire");
});

test("owner: a name in another clause than the figure's owns nothing", () => {
  // The parties to a war are not the owners of the toll of the war "that has killed…".
  assert.equal(read("The army and RSF have been fighting a war since April 2023 that has killed more than 20,000 people.", "en", "more than 20,000").owner, null);
  assert.equal(read("L'armée et les FSR mènent depuis 2023 une guerre qui a fait plus de 20 000 morts.", "fr", "plus de 20 000").owner, null);
  assert.equal(read("Soutien militaire : 12 000 soldats attendus.", "fr", "12 000").owner, null);
});

test("owner: the head of the source's phrase, closed-class words and weekdays are no owners", () => {
  assert.equal(read("Research from US universities, however, estimates the death toll at around 130,000.", "en", "around 130,000").owner, null);
  assert.equal(read("Une étude de l'Inserm estime le bilan à environ 130 000 morts.", "fr", "environ 130 000").owner, null);
  assert.equal(read("It grew to cover hundreds of thousands of acres, Sunday brought cooler weather.", "en", "hundreds of thousands of acres").owner, null);
  assert.equal(read("We have created a record of 642 million voters.", "en", "642 million").owner, null);
  assert.equal(read("Toutes ses listes franchissent le seuil des 5%.", "fr", "5%").owner, null);
});

test("subject: a capital acting in the figure's clause stands for its country", () => {
  const en = "Following an agreement signed by North Korean leader Kim Jong Un and Russian President Vladimir Putin in Pyongyang in June 2024, Pyongyang dispatched thousands of soldiers to back Russia's efforts in Ukraine.";
  assert.equal(read(en, "en", "thousands").subject, "North Korean");
  const fr = "Après un accord signé par le président russe Vladimir Poutine à Pyongyang, Pyongyang a envoyé des milliers de soldats pour soutenir la Russie.";
  assert.equal(read(fr, "fr", "des milliers").subject, "North Korean");
  assert.equal(read("Selon Séoul, la Corée du Nord aurait déployé 1 500 soldats.", "fr", "1 500").subject, "North Korean");
  // The agent of the figure's verb, not the one who reports it.
  assert.equal(read("Seoul said on Monday that Pyongyang had sent 3,000 soldiers.", "en", "3,000").subject, "North Korean");
});
