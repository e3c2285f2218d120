import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { analyse } from "../analyse.js";
import { eventClassOf, keyEvent } from "./dimensions.js";
import { trackClaims } from "./track-claims.js";
import { article, featuresOf, scopeOf } from "./testing.js";

function tracksOf(body: string): Map<string, string | null> {
  const { analyses } = trackClaims([analyse(article("a", body))]);
  return new Map(analyses[0]!.claims.map((c) => [c.mention, c.track]));
}

describe("track rules", () => {
  it("read a figure a verb of change reaches as a level, not as the change", () => {
    const f = featuresOf("Le gouvernement a revu à la hausse son estimation du déficit, la portant à 5,1% du PIB.");
    assert.notEqual(f[0]!.key?.split("|")[2], "increase");
    const [change] = featuresOf("Le chômage a augmenté de 3% en un an.");
    assert.equal(change!.key?.split("|")[2], "increase");
  });

  it("keep a change in a toll apart from the toll", () => {
    assert.equal(keyEvent("deaths", "decrease"), "decrease");
    assert.equal(keyEvent("deaths", "killed"), "");
    assert.equal(keyEvent("deaths", eventClassOf("pending identification")), "unidentified");
  });

  it("take the event of a promise of anything but money from the article", () => {
    assert.equal(eventClassOf("pledged", "people"), null);
    assert.equal(eventClassOf("pledged", "money"), "funded");
  });

  it("limit a share to the part of the population its clause names, in both languages", () => {
    const fr = featuresOf("La hausse est marquée chez les plus de 65 ans (5,5% contre 4,2%).");
    assert.ok(fr.length >= 2);
    assert.match(fr[0]!.scope ?? "", /^group:/);
    assert.equal(fr[1]!.scope, fr[0]!.scope, "the value compared takes the same group");
    const en = featuresOf("Overall turnout was 65.8 per cent. Turnout among women was 64.7 per cent.");
    assert.equal(en[0]!.scope, null);
    assert.match(en[1]!.scope ?? "", /^group:/);
  });

  it("keep deaths a model attributes apart from deaths counted", () => {
    const t = tracksOf(
      "Selon le ministère, 41 870 personnes sont mortes dans le territoire. Jusqu'à 186 000 morts pourraient être imputables au conflit, selon une étude.",
    );
    assert.notEqual(t.get("41 870"), t.get("Jusqu'à 186 000"));
    const en = featuresOf("Officials have counted 20,000 deaths. The study puts excess deaths at up to 90,000.");
    assert.equal(en[0]!.scope, null);
    assert.equal(en[1]!.scope, "attributable");
  });

  it("keep a count over recent years apart from the year's", () => {
    assert.equal(scopeOf("Des milliers de personnes sont mortes ces dernières années sur cette route."), "years");
    assert.equal(scopeOf("Thousands of people have died on this route in recent years."), "years");
  });

  it("make a figure named as the majority of a group a part", () => {
    assert.equal(scopeOf("La grande majorité des victimes (9.757) ont été recensées sur la route atlantique."), "part");
    const [whole] = featuresOf("La majorité des 10 000 soldats sont arrivés.");
    assert.notEqual(whole!.scope, "part");
  });

  it("keep the two sides of an exchange apart, even of the same size", () => {
    const { analyses } = trackClaims([analyse(article("a", "L'Ukraine a renvoyé 303 de ses militaires, en échange de 303 soldats ukrainiens renvoyés à Kiev."))]);
    const tracks = analyses[0]!.claims.map((c) => c.track);
    assert.equal(tracks.length, 2);
    assert.notEqual(tracks[0], tracks[1]);
  });

  it("make a toll of one kind of people a part when the article counts everyone's dead", () => {
    const t = tracksOf("L'attaque a fait 1 205 morts israéliens selon l'AFP. 348 soldats israéliens ont été tués depuis.");
    assert.notEqual(t.get("1 205"), t.get("348"));
  });

  it("count a bare figure compared with one before as that figure's quantity", () => {
    const f = featuresOf("Provisional data shows about 87,000 drug overdose deaths in 2024, down from around 114,000 the previous year.");
    const bare = f.find((c) => c.mention.includes("114,000"))!;
    assert.equal(bare.dimension, "deaths");
    const g = featuresOf("The office expects 315,000 more people to arrive than leave. That is down from a peak of 740,000.");
    const back = g.find((c) => c.mention.includes("740,000"))!;
    assert.equal(back.dimension, "people");
  });
});
