import { strict as assert } from "node:assert";
import { test } from "node:test";
import { splitSource } from "./split-source.js";

test("en: carrier citing an original", () => {
  assert.deepEqual(splitSource("CNN, citing a Ukrainian intelligence note, said 11,000 troops had arrived.", "CNN"), { original: "Ukrainian intelligence", carrier: "CNN" });
  assert.deepEqual(splitSource("Bloomberg reported, citing G20 officials, that 100,000 troops could be sent.", "Bloomberg"), { original: "G20 officials", carrier: "Bloomberg" });
  assert.deepEqual(
    splitSource("North Korea delivered 12 million shells, according to a Sunday report from media citing South Korean military intelligence.", "media"),
    { original: "South Korean military intelligence", carrier: "media" },
  );
});

test("en: original quoted by a carrier", () => {
  assert.deepEqual(splitSource("According to the NIS, quoted by Yonhap, 1,500 troops were sent.", "NIS"), { original: "National Intelligence Service (South Korea)", carrier: "Yonhap" });
});

test("fr: 'qui cite', 'cité par', 'consultée par', 'relayant'", () => {
  assert.deepEqual(
    splitSource("Selon le secrétaire d'État américain Antony Blinken, qui cite les renseignements US, 8 000 soldats sont à Koursk.", "Antony Blinken"),
    { original: "US intelligence", carrier: "Antony Blinken" },
  );
  assert.deepEqual(splitSource("Selon les services de renseignement ukrainiens, cités par CNN, 12 000 soldats ont été déployés.", null), { original: "Ukrainian intelligence", carrier: "CNN" });
  assert.deepEqual(splitSource("Cette information émane d'une note des services de renseignement ukrainiens, consultée par CNN.", null), { original: "Ukrainian intelligence", carrier: "CNN" });
  assert.deepEqual(splitSource("Le média Kyiv Independent, relayant le renseignement militaire ukrainien, évoque 3 000 soldats.", null).carrier, "Kyiv Independent");
});

test("no relay: the source as given, no carrier", () => {
  assert.deepEqual(splitSource("According to South Korean lawmakers, North Korea has sent 3,000 troops.", " South Korean  lawmakers "), { original: "South Korean lawmakers", carrier: null });
  assert.deepEqual(splitSource("Le bilan s'élève à 43 morts.", null), { original: null, carrier: null });
});
