/**
 * @module ingest/read-inputs.test
 * Reading inputs: formats told by extension and content, text kept byte for
 * byte, every bad input an InputError naming it while the rest goes through.
 * Also the plain-text reader and the id scheme, which it exercises.
 */
import { strict as assert } from "node:assert";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, test } from "node:test";
import type { Article } from "../core/types.js";
import { idFromPath, idFromUrl } from "./article-id.js";
import { InputError } from "./input-error.js";
import { readArticles, type ReadOptions } from "./read-inputs.js";
import { headlineOf, publishedFromDateLine, textArticle } from "./read-text-article.js";

let dir = "";
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-read-inputs-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, content);
  return path;
}

async function read(inputs: string[], opts?: ReadOptions): Promise<Array<Article | InputError>> {
  const out: Array<Article | InputError> = [];
  for await (const item of readArticles(inputs, opts)) out.push(item);
  return out;
}

function articles(items: Array<Article | InputError>): Article[] {
  return items.filter((i): i is Article => !(i instanceof InputError));
}

function errors(items: Array<Article | InputError>): InputError[] {
  return items.filter((i): i is InputError => i instanceof InputError);
}

function record(fields: Record<string, unknown>): string {
  return JSON.stringify({ maintext: "Plus de 300 soldats.", ...fields });
}

function stdinOf(...chunks: Array<string | Uint8Array>): AsyncIterable<Uint8Array> {
  return Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.from(c))));
}

describe("plain text", () => {
  test("the whole file is the body, date line included; the date gives `published`", async () => {
    const body = "date 2024-10-02\nTitre : 12 000 soldats\n\nAu moins 12 morts.\r\n\tfin  \n";
    const path = await file("text/a.txt", body);
    const [article] = await read([path]);
    assert.ok(article && !(article instanceof InputError));
    assert.equal(article.body, body);
    assert.equal(article.published, "2024-10-02");
    assert.equal(article.title, "Titre : 12 000 soldats");
    assert.equal(article.language, null);
    assert.equal(article.url, null);
  });

  test("a UTF-8 BOM is dropped; offsets count from after it", async () => {
    const path = await file("text/bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("date 2024-11 Texte.", "utf8")]));
    const [article] = articles(await read([path]));
    assert.equal(article?.body, "date 2024-11 Texte.");
    assert.equal(article?.published, "2024-11");
  });
});

describe("date line and headline (read-text-article)", () => {
  const dates: Array<[string, string | null]> = [
    ["date 2024-11\nx", "2024-11"],
    [" date 2024-11 Selon des estimations…", "2024-11"],
    ["date 2026-03-03\nTitle", "2026-03-03"],
    ["date 2026-03-03", "2026-03-03"],
    ["  date 2024-11\n", null], // two spaces: not the seed convention
    ["Date 2024-11\n", null],
    ["date 2024-13\n", null],
    ["date 2024-11-32\n", null],
    ["date 2024-1\n", null],
    ["date 2024-11x\n", null],
    ["text\ndate 2024-11\n", null], // only the first line
    ["", null],
  ];
  for (const [text, expected] of dates) {
    test(`published of ${JSON.stringify(text)} is ${expected}`, () => assert.equal(publishedFromDateLine(text), expected));
  }

  const headlines: Array<[string, string | null]> = [
    ["date 2026-03-03\nA headline\n\nBody.", "A headline"],
    ["A headline\r\n\r\nBody.", "A headline"],
    [" date 2024-11 Selon des estimations…\n\nBody.", null], // the date line goes on with the text
    ["A first paragraph\nstraight into another line", null],
    ["Only one line", null],
    [`${"x".repeat(201)}\n\nBody.`, null],
    ["date 2026-03-03\n\nBody.", null],
  ];
  for (const [text, expected] of headlines) {
    test(`headline of ${JSON.stringify(text.slice(0, 40))} is ${expected}`, () => assert.equal(headlineOf(text), expected));
  }

  test("the headline stays in the body", () => {
    const text = "date 2026-03-03\nA headline\n\nBody.";
    const article = textArticle(text, "x");
    assert.equal(article.body, text);
    assert.ok(article.title !== null && article.body.includes(article.title));
  });
});

describe("ids", () => {
  test("a file's id is the same given alone or found in its folder", async () => {
    const path = await file("ids/Crues été 2024.txt", "Texte 12.");
    const alone = articles(await read([path]));
    const walked = articles(await read([join(dir, "ids")]));
    assert.equal(alone[0]?.id, walked[0]?.id);
    assert.equal(alone[0]?.id, idFromPath("Crues été 2024.txt"));
    assert.match(alone[0]!.id, /^crues-ete-2024-[0-9a-f]{8}$/);
  });

  test("ids do not depend on the OS separator", () => {
    assert.equal(idFromPath("sub\\a.txt"), idFromPath("sub/a.txt"));
    assert.equal(idFromPath("./sub/a.txt"), idFromPath("sub/a.txt"));
    assert.notEqual(idFromPath("sub/a.txt"), idFromPath("other/a.txt"));
  });

  test("JSON records keep their id, else take one from the URL, else from their line", async () => {
    const path = await file("ids/records.jsonl", [record({ id: "given" }), record({ url: " https://x.example/a " }), record({})].join("\n"));
    const ids = articles(await read([path])).map((a) => a.id);
    assert.deepEqual(ids, ["given", idFromUrl("https://x.example/a"), `${idFromPath("records.jsonl")}-3`]);
  });
});

describe("JSON and JSON lines", () => {
  test("a malformed line is an error naming path:line; the other lines go through", async () => {
    const path = await file("json/mixed.jsonl", [record({ id: "a" }), "{not json", "", record({ id: "c" }), '"a string"', record({ id: "e", maintext: "" })].join("\n") + "\n");
    const items = await read([path]);
    assert.deepEqual(items.map((i) => (i instanceof InputError ? i.input : i.id)), ["a", `${path}:2`, "c", `${path}:5`, `${path}:6`]);
    const [bad, notObject, empty] = errors(items);
    assert.match(bad!.reason, /malformed JSON/);
    assert.match(notObject!.reason, /JSON object/);
    assert.match(empty!.reason, /"maintext" is empty/);
  });

  test("a malformed first line does not make the file one broken document", async () => {
    const path = await file("json/bad-first.jsonl", ["{not json", record({ id: "b" }), record({ id: "c" })].join("\n") + "\n");
    const items = await read([path]);
    assert.deepEqual(items.map((i) => (i instanceof InputError ? i.input : i.id)), [`${path}:1`, "b", "c"]);
  });

  test("CRLF lines and a BOM on the first line", async () => {
    const path = await file("json/crlf.jsonl", `\ufeff${record({ id: "a", maintext: "x\r\ny" })}\r\n${record({ id: "b" })}\r\n`);
    const got = articles(await read([path]));
    assert.deepEqual(got.map((a) => [a.id, a.body]), [["a", "x\r\ny"], ["b", "Plus de 300 soldats."]]);
  });

  test("fields map to the article; maintext is kept exactly", async () => {
    const maintext = "  Au moins 12 morts.\n\n« 300 » ";
    const path = await file("json/one.json", JSON.stringify({
      id: "x", url: "https://a.example/1", source_domain: "a.example", title: "T", maintext, date_publish: "2024-10-23 14:03:00", language: "FR",
    }, null, 2));
    const [article] = await read([path]);
    assert.deepEqual(article, {
      id: "x", url: "https://a.example/1", outlet: "a.example", title: "T", published: "2024-10-23T14:03:00", language: "fr", body: maintext,
    });
  });

  test("the content decides between document and lines, whatever the extension", async () => {
    const lines = [record({ id: "l1" }), record({ id: "l2" })].join("\n");
    const array = JSON.stringify([JSON.parse(record({ id: "a1" })), JSON.parse(record({ id: "a2" }))], null, 2);
    const pretty = JSON.stringify(JSON.parse(record({ id: "p" })), null, 2);
    const cases: Array<[string, string, string[]]> = [
      ["lines.json", lines, ["l1", "l2"]],
      ["array.jsonl", array, ["a1", "a2"]],
      ["pretty.ndjson", pretty, ["p"]],
      ["lines.data", lines, ["l1", "l2"]],
      ["array", array, ["a1", "a2"]],
    ];
    for (const [name, content, ids] of cases) {
      const got = await read([await file(`sniff/${name}`, content)]);
      assert.deepEqual(got.map((a) => (a instanceof InputError ? a.message : a.id)), ids, name);
    }
  });

  test("an explicit file with an unknown extension that is not JSON is text", async () => {
    const path = await file("sniff/article.md", "# 12 000 soldats\n");
    const [article] = articles(await read([path]));
    assert.equal(article?.body, "# 12 000 soldats\n");
  });

  test("an array element that is bad is an error for that element only", async () => {
    const path = await file("json/array.json", JSON.stringify([JSON.parse(record({ id: "a" })), { id: "b" }, 3]));
    const items = await read([path]);
    assert.deepEqual(items.map((i) => (i instanceof InputError ? i.input : i.id)), ["a", `${path}[1]`, `${path}[2]`]);
  });

  test("malformed JSON document", async () => {
    const path = await file("json/broken.json", '{\n  "maintext": "x",\n');
    const [error] = await read([path]);
    assert.ok(error instanceof InputError);
    assert.equal(error.input, path);
    assert.match(error.reason, /^malformed JSON/);
  });

  test("a line split across many small chunks, multi-byte characters cut in two", async () => {
    const text = `${record({ id: "a", maintext: "Près de 2 000 évacués – 100 € ✓ 😀" })}\n${record({ id: "b" })}`;
    const bytes = Buffer.from(text, "utf8");
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    const got = articles(await read(["-"], { stdin: stdinOf(...chunks) }));
    assert.deepEqual(got.map((a) => a.body), ["Près de 2 000 évacués – 100 € ✓ 😀", "Plus de 300 soldats."]);
  });
});

describe("bad inputs", () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ["empty.txt", "", /^empty file$/],
    ["blank.txt", " \n\t\n", /only white space/],
    ["empty.jsonl", "\n\n", /no records|white space/],
    ["binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), /binary/],
    ["utf16.txt", Buffer.from("\ufeff12 morts", "utf16le"), /UTF-16/],
    ["latin1.txt", Buffer.from("Près de 12 morts", "latin1"), /not valid UTF-8 \(byte 0xe8 at offset 2, line 1/],
    ["latin1.json", Buffer.from('{"maintext": "évacués"}', "latin1"), /not valid UTF-8/],
  ];
  for (const [name, content, reason] of cases) {
    test(name, async () => {
      const path = await file(`bad/${name}`, content);
      const items = await read([path]);
      assert.equal(items.length, 1);
      const [error] = items;
      assert.ok(error instanceof InputError, `expected an error, got ${JSON.stringify(error)}`);
      assert.equal(error.input, path);
      assert.match(error.reason, reason);
      assert.equal(error.message, `${path}: ${error.reason}`);
      assert.deepEqual(error.toJSON(), { error: "input", input: path, reason: error.reason });
    });
  }

  test("invalid UTF-8 on one JSON line is an error for that line only", async () => {
    const path = await file("bad/lines.jsonl", Buffer.concat([
      Buffer.from(`${record({ id: "a" })}\n`), Buffer.from('{"id": "b", "maintext": "\xe9"}\n', "latin1"), Buffer.from(record({ id: "c" })),
    ]));
    const items = await read([path]);
    assert.deepEqual(items.map((i) => (i instanceof InputError ? i.input : i.id)), ["a", `${path}:2`, "c"]);
    // The line is named by the input (path:2); the reason says where in it.
    assert.match((items[1] as InputError).reason, /byte 0xe9 at byte 26 of the line;/);
  });

  test("a missing path, then a good one: both reported, in order", async () => {
    const good = await file("bad/good.txt", "12 morts");
    const missing = join(dir, "bad", "nope.txt");
    const items = await read([missing, good]);
    assert.ok(items[0] instanceof InputError);
    assert.equal(items[0].input, missing);
    assert.equal(items[0].reason, "no such file or directory");
    assert.equal((items[1] as Article).body, "12 morts");
  });

  test("size limits: a document over the limit is refused, JSON lines stream past it", async () => {
    const big = `${"12 morts. ".repeat(20)}`;
    const text = await file("limits/big.txt", big);
    const lines = await file("limits/big.jsonl", [record({ id: "a", maintext: big }), record({ id: "b", maintext: big })].join("\n"));
    const opts = { maxDocumentBytes: 100, maxLineBytes: 1000 };
    const [error] = await read([text], opts);
    assert.ok(error instanceof InputError);
    assert.match(error.reason, /too large/);
    assert.deepEqual(articles(await read([lines], opts)).map((a) => a.id), ["a", "b"]);
    const [tooLong] = await read([lines], { maxLineBytes: 100 });
    assert.ok(tooLong instanceof InputError);
    assert.equal(tooLong.input, `${lines}:1`);
    assert.match(tooLong.reason, /line longer than/);
  });

  test("stdin over the document limit", async () => {
    const [error] = await read(["-"], { stdin: stdinOf("x".repeat(60), "y".repeat(60)), maxDocumentBytes: 100 });
    assert.ok(error instanceof InputError);
    assert.equal(error.input, "-");
    assert.match(error.reason, /too large/);
  });
});

describe("directories and stdin", () => {
  test("walked recursively in name order; hidden entries and other extensions skipped", async () => {
    const root = join(dir, "tree");
    await file("tree/b.txt", "b 1");
    await file("tree/a/z.jsonl", record({ id: "az" }));
    await file("tree/a/y.json", record({ id: "ay" }));
    await file("tree/B.txt", "B 1");
    await file("tree/notes.md", "12");
    await file("tree/.hidden.txt", "12");
    await file("tree/.git/c.txt", "12");
    await file("tree/c.TXT", "c 1");
    const got = await read([root]);
    assert.deepEqual(got.map((a) => (a instanceof InputError ? a.message : a.body === "Plus de 300 soldats." ? a.id : a.body)), ["B 1", "ay", "az", "b 1", "c 1"]);
  });

  test("a directory with nothing to read is an error", async () => {
    await mkdir(join(dir, "nothing"), { recursive: true });
    await file("nothing/readme.md", "x");
    const [error] = await read([join(dir, "nothing")]);
    assert.ok(error instanceof InputError);
    assert.match(error.reason, /no \.txt/);
  });

  test("stdin: text or JSON by content", async () => {
    const [text] = articles(await read(["-"], { stdin: stdinOf("date 2024-10\nAu moins 12 morts.") }));
    assert.equal(text?.published, "2024-10");
    assert.equal(text?.id, idFromPath("stdin"));
    const json = articles(await read(["-"], { stdin: stdinOf(`${record({ id: "a" })}\n${record({ id: "b" })}\n`) }));
    assert.deepEqual(json.map((a) => a.id), ["a", "b"]);
    const [empty] = await read(["-"], { stdin: stdinOf() });
    assert.ok(empty instanceof InputError);
    assert.equal(empty.message, "-: empty input");
  });
});
