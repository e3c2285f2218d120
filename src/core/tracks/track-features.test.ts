import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { analyse } from "../analyse.js";
import { trackClaims } from "./track-claims.js";
import { article, featuresOf, scopeOf } from "./testing.js";

describe("track features", () => {
  it("scope a figure to a region named after it, in French and in English", () => {
    assert.equal(scopeOf("La Corée du Nord a envoyé 10 000 soldats dans la région de Koursk."), "place:kursk");
    assert.equal(scopeOf("North Korea has sent 10,000 troops to the Kursk region, officials said."), "place:kursk");
  });

  it("never take a weekday or a month for a region's name", () => {
    const [en] = featuresOf("Floods swept the region on Monday, covering 12,000 hectares.");
    assert.equal(en!.scope, null);
    assert.equal(scopeOf("Les crues ont touché la région en mars, sur 12 000 hectares."), null);
  });

  it("give a region to the part, not to the whole it is taken from", () => {
    const f = featuresOf("Jusqu'à 8000 des 10000 soldats nord-coréens entrés en Russie seraient déployés dans la région de Koursk.");
    const part = f.find((c) => c.mention.includes("8000"))!;
    const whole = f.find((c) => c.mention === "10000")!;
    assert.equal(part.scope, "place:kursk");
    assert.equal(whole.scope, null);
    assert.equal(part.partOf, f.indexOf(whole));
  });

  it("mark additions in both languages", () => {
    assert.equal(featuresOf("Pyongyang pourrait envoyer 30 000 soldats supplémentaires en Russie.")[0]!.scope, "additional");
    assert.equal(featuresOf("North Korea could send another 30,000 troops to Russia.")[0]!.scope, "additional");
    assert.equal(featuresOf("North Korea has sent 30,000 troops to Russia.")[0]!.scope, null);
  });

  it("take whose figure it is from the article when the sentence does not say", () => {
    const f = featuresOf("La Corée du Nord a envoyé 12 000 soldats en Russie.\n\nDouze mille soldats ne pourraient être qu'un début.");
    assert.equal(f.length, 2);
    assert.equal(f[1]!.subject, f[0]!.subject);
    assert.equal(f[1]!.key, f[0]!.key);
  });

  it("do not give a figure the country its source speaks for", () => {
    const [f] = featuresOf("Les renseignements sud-coréens ont révélé que la Corée du Nord aurait déployé environ 1 500 soldats en Russie.");
    assert.equal(f!.subject, "north korean");
  });

  it("read a claim's own time, relative to the publication date", () => {
    // 2024-10-18 was a Friday.
    assert.equal(featuresOf("Ce vendredi, le NIS a indiqué que 1 500 soldats étaient arrivés.", "2024-10-18")[0]!.timeRef, "2024-10-18");
    assert.equal(featuresOf("On Thursday, officials said 1,500 troops had arrived.", "2024-10-18")[0]!.timeRef, "2024-10-17");
    assert.equal(featuresOf("En octobre, l'armée russe a gagné près de 500 km2.", "2024-11-05")[0]!.timeRef, "2024-10");
    // A month that may be the verb "may" is not read as a date.
    assert.equal(featuresOf("Officials said 1,500 troops may arrive.", "2024-10-18")[0]!.timeRef, null);
  });

  it("keep two values compared as one quantity, in French and in English", () => {
    const fr = featuresOf("La part des consultations pour grippe atteint 8,7 % contre 8,3 % la semaine précédente.");
    assert.equal(fr.length, 2);
    assert.equal(fr[0]!.key, fr[1]!.key);
    const en = featuresOf("Turnout in France was 51.5 per cent, against 50.1 per cent in 2019.");
    assert.equal(en.length, 2);
    assert.equal(en[0]!.key, en[1]!.key);
  });

  it("keep the items of a list apart, and one figure in two units together", () => {
    const list = featuresOf("La Russie a tiré 38 missiles Kh-101, 8 missiles Kalibr et 2 missiles Kinjal.");
    assert.equal(new Set(list.map((c) => c.key)).size, 3);
    const units = featuresOf("The fire has burned about 15,000 hectares (37,000 acres) in California, officials said.");
    assert.equal(units.length, 2);
    assert.equal(units[0]!.key, units[1]!.key);
  });
});

describe("original source and carrier", () => {
  it("tell who a figure comes from first from who relays it, in English and French", () => {
    const [en] = featuresOf("CNN, citing a Ukrainian intelligence note, said 12,000 troops had arrived in Russia.");
    assert.deepEqual([en!.original, en!.carrier], ["Ukrainian intelligence", "CNN"]);
    const [fr] = featuresOf("Selon le secrétaire d'État américain Antony Blinken, qui cite les renseignements américains, 10 000 soldats sont entrés en Russie.");
    assert.equal(fr!.carrier, "Antony Blinken");
    assert.ok(fr!.original !== null && /intelligence/i.test(fr!.original));
  });

  it("name the same source the same way across languages", () => {
    const [fr] = featuresOf("Selon le Service national de renseignement sud-coréen (NIS), 1 500 soldats sont arrivés.");
    const [en] = featuresOf("South Korea's National Intelligence Service said 1,500 troops had arrived.");
    assert.ok(fr!.original);
    assert.equal(fr!.original, en!.original);
  });
});

describe("tracks over articles", () => {
  it("group the same quantity across French and English articles, and tell a potential total apart", () => {
    const analyses = [
      analyse(article("fr1", "La Corée du Nord a envoyé 12 000 soldats en Russie, selon le NIS.", "2024-10-20")),
      analyse(article("en1", "North Korea has sent 11,000 troops to Russia, the Pentagon said.", "2024-11-02")),
      analyse(article("fr2", "La Corée du Nord pourrait envoyer jusqu'à 100 000 soldats en Russie, selon des experts.", "2024-11-10")),
    ];
    const { analyses: tracked } = trackClaims(analyses);
    const [fr1, en1, fr2] = tracked.map((a) => a.claims[0]!.track);
    assert.ok(fr1);
    assert.equal(fr1, en1);
    assert.notEqual(fr2, fr1);
  });

  it("give the same ids whatever order the articles come in", () => {
    const texts = [
      "La Corée du Nord a envoyé 12 000 soldats en Russie.",
      "North Korea has sent 10,000 troops to the Kursk region.",
      "North Korea could send another 30,000 troops to Russia.",
    ].map((t, i) => analyse(article(`a${i}`, t)));
    const forward = trackClaims(texts).analyses.map((a) => a.claims[0]!.track);
    const backward = trackClaims([...texts].reverse()).analyses.map((a) => a.claims[0]!.track).reverse();
    assert.deepEqual(forward, backward);
    assert.equal(new Set(forward).size, 3);
  });

  it("follow a growing death toll across languages, apart from the injured and from one province", () => {
    const analyses = [
      analyse(article("tr1", "Le séisme a fait au moins 1 200 morts en Turquie, selon les autorités turques, et 5 000 blessés.", "2023-02-06")),
      analyse(article("tr2", "More than 3,400 people were killed in Turkey, Turkish officials said, while 20,000 were injured.", "2023-02-07")),
      analyse(article("tr3", "Le bilan s'est alourdi à 5 900 morts en Turquie, dont 1 100 morts dans la province de Gaziantep.", "2023-02-08")),
    ];
    const { analyses: tracked } = trackClaims(analyses);
    const track = (a: number, mention: string): string | null => tracked[a]!.claims.find((c) => c.mention.includes(mention))!.track;
    assert.equal(track(0, "1 200"), track(1, "3,400"));
    assert.equal(track(1, "3,400"), track(2, "5 900"));
    assert.notEqual(track(0, "5 000"), track(0, "1 200"), "the injured are another figure");
    assert.equal(track(0, "5 000"), track(1, "20,000"));
    assert.notEqual(track(2, "1 100"), track(2, "5 900"), "one province's toll is a part, not the total");
  });
});
