/**
 * @module ingest/read-news-please.test
 * news-please records to articles: field mapping, dates, ids, and one error
 * per bad record; the gold article files all read, ids and text unchanged.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { idFromUrl } from "./article-id.js";
import { InputError } from "./input-error.js";
import { articleFromJsonLine, articleFromRecord, articlesFromJsonDocument, publishedFrom } from "./read-news-please.js";

describe("publishedFrom", () => {
  const rows: Array<[unknown, string | null]> = [
    ["2024-10-23", "2024-10-23"],
    ["2024-10", "2024-10"],
    ["2024", "2024"],
    ["2024-10-23 14:03:00", "2024-10-23T14:03:00"],
    ["2024-10-23T14:03:00", "2024-10-23T14:03:00"],
    ["2024-10-23T14:03:00.250Z", "2024-10-23T14:03:00.250Z"],
    ["2024-10-23 14:03:00+02:00", "2024-10-23T14:03:00+02:00"],
    ["2024-10-23 14:03", "2024-10-23T14:03"],
    [" 2024-10-23 ", "2024-10-23"],
    ["Wed, 23 Oct 2024 14:03:00 GMT", "2024-10-23T14:03:00.000Z"],
    ["not a date", null],
    ["", null],
    [null, null],
    [20241023, null],
    [undefined, null],
  ];
  for (const [value, expected] of rows) {
    test(`${JSON.stringify(value)} → ${expected}`, () => assert.equal(publishedFrom(value), expected));
  }
});

describe("articleFromRecord", () => {
  test("maps every field", () => {
    const article = articleFromRecord(
      { id: "dev-en-01", url: "https://u.example/a", source_domain: "u.example", title: "T", maintext: "Body 12.", date_publish: "2024-10-23", language: "en" },
      "f.jsonl:1",
      "fallback",
    );
    assert.deepEqual(article, {
      id: "dev-en-01", url: "https://u.example/a", outlet: "u.example", title: "T", published: "2024-10-23", language: "en", body: "Body 12.",
    });
  });

  test("optional fields missing, null or of the wrong type read as null", () => {
    const article = articleFromRecord({ maintext: "x", title: 3, url: "", language: ["fr"], source_domain: null }, "f", "fallback");
    assert.deepEqual(article, { id: "fallback", url: null, outlet: null, title: null, published: null, language: null, body: "x" });
  });

  test("ids: given (a number too), else from the URL, else the fallback", () => {
    const idOf = (record: Record<string, unknown>): string => (articleFromRecord({ maintext: "x", ...record }, "f", "fb") as { id: string }).id;
    assert.equal(idOf({ id: "given", url: "https://u.example" }), "given");
    assert.equal(idOf({ id: 42 }), "42");
    assert.equal(idOf({ id: "  ", url: "https://u.example" }), idFromUrl("https://u.example"));
    assert.equal(idOf({}), "fb");
  });

  test("the body is maintext exactly, white space and all", () => {
    const maintext = "\n  Près de 2 000\u00a0évacués\r\n\t";
    const article = articleFromRecord({ maintext }, "f", "fb");
    assert.ok(!(article instanceof InputError));
    assert.equal(article.body, maintext);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ["no maintext", { id: "a" }, /^record "a": no "maintext"/],
    ["null maintext", { maintext: null }, /^no "maintext"/],
    ["empty maintext", { maintext: "" }, /"maintext" is empty/],
    ["blank maintext", { maintext: " \n " }, /"maintext" is empty/],
    ["maintext not a string", { maintext: ["a"] }, /"maintext" is an array, not a string/],
    ["an array", [], /expected a JSON object .* found an array/],
    ["a string", "text", /found a string/],
    ["null", null, /found null/],
  ];
  for (const [name, record, reason] of bad) {
    test(`error: ${name}`, () => {
      const result = articleFromRecord(record, "f.jsonl:7", "fb");
      assert.ok(result instanceof InputError);
      assert.equal(result.input, "f.jsonl:7");
      assert.match(result.reason, reason);
    });
  }
});

describe("documents and lines", () => {
  test("a document: one object, or an array with one result per element", () => {
    const one = articlesFromJsonDocument('{"maintext": "x"}', "d.json", "d-1234");
    assert.deepEqual(one.map((a) => (a instanceof InputError ? a.message : a.id)), ["d-1234"]);
    const many = articlesFromJsonDocument('[{"maintext": "x"}, {"maintext": ""}, {"maintext": "y", "id": "z"}]', "d.json", "d-1234");
    assert.deepEqual(many.map((a) => (a instanceof InputError ? a.input : a.id)), ["d-1234-1", "d.json[1]", "z"]);
  });

  test("a document that is not JSON, or an empty array", () => {
    const [broken] = articlesFromJsonDocument("{", "d.json", "d");
    assert.ok(broken instanceof InputError);
    assert.match(broken.reason, /^malformed JSON \(/);
    const [empty] = articlesFromJsonDocument("[]", "d.json", "d");
    assert.ok(empty instanceof InputError);
    assert.match(empty.reason, /empty JSON array/);
  });

  test("a line: blank is skipped, bad is an error naming path:line", () => {
    assert.equal(articleFromJsonLine("   ", "f.jsonl", 3, "f"), null);
    const bad = articleFromJsonLine("{oops", "f.jsonl", 3, "f");
    assert.ok(bad instanceof InputError);
    assert.equal(bad.input, "f.jsonl:3");
    assert.equal(bad.message.startsWith("f.jsonl:3: malformed JSON"), true);
    const good = articleFromJsonLine('{"maintext": "x"}', "f.jsonl", 3, "f");
    assert.equal((good as { id: string }).id, "f-3");
  });
});

describe("gold article files", () => {
  for (const name of ["seeds", "dev-en", "dev-fr"]) {
    test(`${name}-articles.jsonl: every record reads, id and text unchanged`, () => {
      const url = new URL(`../../../shared/gold/${name}-articles.jsonl`, import.meta.url);
      const lines = readFileSync(url, "utf8").split("\n");
      let count = 0;
      lines.forEach((line, index) => {
        if (line.trim() === "") return;
        const raw = JSON.parse(line) as { id: string; maintext: string; date_publish: string | null };
        const article = articleFromJsonLine(line, name, index + 1, "unused");
        assert.ok(article !== null && !(article instanceof InputError), `${name}:${index + 1}: ${String(article)}`);
        assert.equal(article.id, raw.id);
        assert.equal(article.body, raw.maintext);
        assert.equal(article.published, raw.date_publish);
        count += 1;
      });
      assert.ok(count > 0);
    });
  }
});
