import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { hasKeyWord, isLetterCode, keyWords } from "../text/tokens.js";
import { listsIn, wordLists } from "./sentence-words.js";

describe("sentence words", () => {
  const months = keyWords(["février", "mars", "octobre", "may"]);
  const regions = keyWords(["région", "oblast", "province"]);
  const lists = wordLists([months, regions]);

  it("find each list as hasKeyWord does, in one pass", () => {
    const texts = [
      "Le 28 FÉVRIER, dans la région de Koursk",
      "En octobre 2024, l'oblast de Belgorod",
      "Mayday: the provinces, not the province",
      "Rien à signaler ici, ni en marsupial",
      "ªmars µregion Région",
      "",
    ];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from += 7) {
        const to = Math.min(text.length, from + 25);
        const expected = (hasKeyWord(text, from, to, months) ? 1 : 0) | (hasKeyWord(text, from, to, regions) ? 2 : 0);
        assert.equal(listsIn(text, from, to, lists), expected, `${JSON.stringify(text.slice(from, to))}`);
      }
    }
  });

  it("read a letter as /\\p{L}/u does", () => {
    for (const c of [0x41, 0x7a, 0x30, 0x20, 0xaa, 0xb5, 0xe9, 0x2019, 0x4e2d, 0xd83d]) {
      assert.equal(isLetterCode(c), /\p{L}/u.test(String.fromCharCode(c)), c.toString(16));
    }
  });
});
