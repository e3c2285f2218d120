import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  fnv1a64,
  hammingDistance,
  isNearDuplicate,
  MIN_WORDS_FOR_SIMHASH,
  NEAR_DUPLICATE_MAX_DISTANCE,
  normalForm,
  normaliseText,
  simhash,
  simhashBands,
  simhashFromHex,
  simhashToHex,
  type SimHash,
} from "./near-duplicates.js";

/** A seeded stream of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of one story (a flood), so "different articles on the same story" share a vocabulary.
const STORY = (
  "les crues de la vallée ont fait des victimes selon la préfecture le bilan provisoire reste lourd " +
  "des milliers de personnes évacuées les pompiers mobilisés dans la nuit le maire a demandé l'aide de l'état " +
  "la pluie a cessé mardi mais le niveau de la rivière monte encore les routes coupées les écoles fermées " +
  "le gouvernement promet des fonds d'urgence les assureurs évaluent les dégâts les habitants rentrent chez eux"
).split(" ");

function storyText(seed: number, words: number): string {
  const next = random(seed);
  return Array.from({ length: words }, () => STORY[Math.floor(next() * STORY.length)]).join(" ");
}

function hashOf(text: string): SimHash {
  const h = simhash(normaliseText(text));
  if (h === null) throw new Error("text too short for a SimHash");
  return h;
}

describe("normaliseText", () => {
  it("lower-cases, strips accents and turns punctuation runs into one space", () => {
    assert.equal(normaliseText("L'Armée « SÉCURITÉ » — 100.000 soldats ; Noël…"), "l armee securite 100 000 soldats noel");
    assert.equal(normaliseText("  e\u0301te\u0301 !! "), "ete"); // decomposed accents too
    assert.equal(normaliseText("?!…"), "");
  });
});

describe("fnv1a64", () => {
  it("equals FNV-1a 64 computed with BigInt", () => {
    const reference = (s: string): bigint => {
      let h = 0xcbf29ce484222325n;
      for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
      return h;
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const h = fnv1a64(s);
        assert.equal((BigInt(h.hi) << 32n) | BigInt(h.lo), reference(s));
      }),
    );
  });
});

describe("normalForm", () => {
  // One pass does for fingerprints what normaliseText then simhash do: both must give the same bytes and bits.
  const same = (text: string) => {
    const { utf8, simhash: hash } = normalForm(text);
    const normalised = normaliseText(text);
    assert.deepEqual(Buffer.from(utf8), Buffer.from(normalised, "utf8"), JSON.stringify(text));
    assert.deepEqual(hash, simhash(normalised), JSON.stringify(text));
  };

  it("gives normaliseText's UTF-8 and its SimHash", () => {
    for (const text of ["", "  !! ", "L'Armée « SÉCURITÉ » — 100.000 soldats ; Noël…", "e\u0301te\u0301", "😀 🇫🇷 👨‍👩‍👧 \ud800 x", storyText(3, 400), storyText(4, 6000)]) {
      same(text);
    }
  });

  it("for any text, lone surrogates and long texts included", () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const word = fc.oneof(fc.string({ unit: anyCodeUnit, maxLength: 12 }), fc.constantFrom("soldats", "Kiev", "été", "ÉTÉ", "100 000", "’", "—"));
    fc.assert(fc.property(fc.array(word, { maxLength: 200 }), (words) => same(words.join(" "))), { numRuns: 300 });
  });
});

describe("simhash", () => {
  it("is null below the minimum number of words", () => {
    const words = normaliseText(storyText(1, 100)).split(" ");
    assert.equal(simhash(words.slice(0, MIN_WORDS_FOR_SIMHASH - 1).join(" ")), null);
    assert.notEqual(simhash(words.slice(0, MIN_WORDS_FOR_SIMHASH).join(" ")), null);
  });

  it("ignores typography: the same words with other punctuation and case hash the same", () => {
    const text = storyText(2, 200);
    const retyped = text.replace(/ /g, ", ").toUpperCase();
    assert.equal(hammingDistance(hashOf(text), hashOf(retyped)), 0);
  });

  it(`one changed word in a 600-word article: near-duplicate (distance ≤ ${NEAR_DUPLICATE_MAX_DISTANCE})`, () => {
    const words = storyText(3, 600).split(" ");
    const original = hashOf(words.join(" "));
    words[300] = "inondation";
    assert.ok(isNearDuplicate(original, hashOf(words.join(" "))));
  });

  it("one changed word: within the threshold for most of 200 articles (SimHash moves ~2 bits on average)", () => {
    const next = random(4);
    let within = 0;
    for (let seed = 100; seed < 300; seed++) {
      const words = storyText(seed, 600).split(" ");
      const before = hashOf(words.join(" "));
      words[Math.floor(next() * words.length)] = "inondation";
      if (isNearDuplicate(before, hashOf(words.join(" ")))) within++;
    }
    // Measured: 89 % for random text; a miss is stored as its own article, never lost.
    assert.ok(within >= 160, `${within}/200 within the threshold`);
  });

  it("different articles on the same story are not near-duplicates", () => {
    for (let seed = 10; seed < 60; seed++) {
      const a = hashOf(storyText(seed, 600));
      const b = hashOf(storyText(seed + 1000, 600));
      assert.ok(hammingDistance(a, b) > NEAR_DUPLICATE_MAX_DISTANCE * 3, `seed ${seed}: ${hammingDistance(a, b)} bits`);
    }
  });
});

describe("simhashBands", () => {
  const hash = fc.record({ hi: fc.nat({ max: 0xffffffff }), lo: fc.nat({ max: 0xffffffff }) });

  it(`two hashes within ${NEAR_DUPLICATE_MAX_DISTANCE} bits share a band (pigeonhole)`, () => {
    fc.assert(
      fc.property(hash, fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: NEAR_DUPLICATE_MAX_DISTANCE }), (h, bits) => {
        let { hi, lo } = h;
        for (const b of bits) {
          if (b < 32) lo = (lo ^ (1 << b)) >>> 0;
          else hi = (hi ^ (1 << (b - 32))) >>> 0;
        }
        const other = { hi, lo };
        assert.equal(hammingDistance(h, other), bits.length);
        const [x, y] = [simhashBands(h), simhashBands(other)];
        assert.ok(x.some((v, i) => v === y[i]));
      }),
    );
  });

  it("round-trips through hex", () => {
    fc.assert(fc.property(hash, (h) => assert.deepEqual(simhashFromHex(simhashToHex(h)), { hi: h.hi, lo: h.lo })));
  });
});
