/**
 * @module cli/format-table.test
 * Text for people: compact values, cells of fixed width, excerpts centred on
 * the figure, rows that fit a 100-column terminal.
 */
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import type { FigureClaim } from "../core/types.js";
import {
  ARTICLE_COLUMNS, EXTRACT_COLUMNS, addToTotals, articleHeading, cell, emptyTotals, excerpt, formatNumber, formatTotals,
  formatValue, tableHeader, tableRow, truncate,
} from "./format-table.js";

function claim(fields: Partial<FigureClaim> = {}): FigureClaim {
  return {
    article: "seed-000", in: "body", start: 0, end: 0, mention: "", low: 1, high: 1, qualifier: "exact",
    counts: null, subject: null, event: null, source: null, modality: "stated", track: null,
    sentence: { start: 0, end: 0 }, ...fields,
  };
}

/** A claim on `mention` where it first occurs in `body`, its sentence the whole body. */
function claimIn(body: string, mention: string, fields: Partial<FigureClaim> = {}): FigureClaim {
  const start = body.indexOf(mention);
  assert.ok(start >= 0);
  return claim({ start, end: start + mention.length, mention, sentence: { start: 0, end: body.length }, ...fields });
}

describe("formatNumber", () => {
  const rows: Array<[number, string]> = [
    [0, "0"], [7, "7"], [500, "500"], [1500, "1 500"], [12000, "12 000"], [100000, "100 000"], [999999, "999 999"],
    [1300000, "1.3M"], [120000000, "120M"], [2500000000, "2.5bn"], [1.5, "1.5"], [66.666, "66.67"], [33.3333, "33.33"],
    [-79, "-79"], [-12000, "-12 000"], [0.004, "0"],
  ];
  for (const [n, expected] of rows) test(`${n} → ${expected}`, () => assert.equal(formatNumber(n), expected));
});

describe("formatValue", () => {
  const rows: Array<[Partial<FigureClaim>, string]> = [
    [{ low: 12000, high: 12000, qualifier: "exact" }, "12 000"],
    [{ low: null, high: 12000, qualifier: "up_to" }, "≤12 000"],
    [{ low: 1500, high: 2000, qualifier: "range" }, "1 500–2 000"],
    [{ low: 500, high: 500, qualifier: "approx" }, "~500"],
    [{ low: 10000, high: null, qualifier: "more_than" }, ">10 000"],
    [{ low: 1000, high: null, qualifier: "vague" }, "1 000s"],
    [{ low: 12, high: 12, qualifier: "exact", counts: "percent" }, "12%"],
    [{ low: 2, high: 3, qualifier: "range", counts: "percentage points" }, "2 pp–3 pp"],
    [{ low: 2e9, high: 3e9, qualifier: "range", counts: "euros" }, "2bn–3bn"],
    [{ low: 25000, high: 30000, qualifier: "approx" }, "~25 000–30 000"],
    [{ low: null, high: null, qualifier: "exact" }, "?"],
  ];
  for (const [fields, expected] of rows) {
    test(`${JSON.stringify(fields)} → ${expected}`, () => assert.equal(formatValue(claim(fields)), expected));
  }
});

describe("cells", () => {
  test("truncate counts code points and marks the cut", () => {
    assert.equal(truncate("soldiers", 8), "soldiers");
    assert.equal(truncate("soldiers", 5), "sold…");
    assert.equal(truncate("😀😀😀", 2), "😀…");
  });
  test("cell pads or cuts to its width, on one line", () => {
    assert.equal(cell("G20", 6), "G20   ");
    assert.equal(cell("North\nKorean  troops", 10), "North Kor…");
    assert.equal(cell("évacués", 7), "évacués");
  });
});

describe("excerpt", () => {
  const long =
    "Selon des estimations réalisées par certains experts appartenant à des pays du G20, la Corée du Nord " +
    "pourrait envoyer 100.000 de ses soldats sur le front ukrainien afin de venir en aide à la Russie.";

  test("a short sentence is shown whole, the figure marked", () => {
    const body = "Intro. Au moins 12 morts.\n\nSuite.";
    const c = claim({ start: 7, end: 18, mention: "Au moins 12", sentence: { start: 7, end: 25 } });
    assert.equal(excerpt(body, c.sentence, c), "[Au moins 12] morts.");
  });

  test("a long sentence is cut around the figure, at word boundaries, with …", () => {
    const c = claimIn(long, "100.000");
    const text = excerpt(long, c.sentence, c, 80);
    assert.ok(text.includes("[100.000]"));
    assert.ok(text.startsWith("…") && text.endsWith("…"), text);
    assert.ok(Array.from(text).length <= 84, `${text.length}`);
    const inner = text.slice(1, -1).replace("[100.000]", "100.000");
    assert.ok(long.includes(inner), "cut at word boundaries, nothing else changed");
    assert.ok(!/\s$/.test(inner) && !/^\s/.test(inner));
    const [before, after] = text.split("[100.000]");
    assert.ok(Math.abs(before!.length - after!.length) < 16, "roughly centred");
  });

  test("near the start of a long sentence, the room goes to the right", () => {
    const c = claimIn(long, "Selon des");
    const text = excerpt(long, c.sentence, c, 80);
    assert.ok(text.startsWith("[Selon des] estimations"));
    assert.ok(text.endsWith("…"));
    assert.ok(text.length > 70);
  });

  test("line breaks show as spaces; a sentence that misses its span is widened", () => {
    const body = "Au moins\n12 morts";
    assert.equal(excerpt(body, { start: 9, end: 17 }, { start: 0, end: 11 }), "[Au moins 12] morts");
  });

  test("never splits a surrogate pair", () => {
    const body = `${"😀".repeat(60)} 42 ${"😀".repeat(60)}`;
    const c = claimIn(body, "42");
    const text = excerpt(body, c.sentence, c, 40);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text), "no lone surrogate");
  });
});

describe("rows and summary", () => {
  const body = `Le ministère a indiqué que ${"très ".repeat(30)}exactement 1 500 soldats nord-coréens seraient arrivés en Russie selon le NIS, ${"et ".repeat(30)}fin.`;
  const c = claimIn(body, "1 500", {
    article: "a-very-long-article-id-0123456789", low: 1500, high: 1500, counts: "soldiers", event: "deployed",
    source: "South Korean National Intelligence Service", modality: "unconfirmed",
  });

  test("every line fits 100 columns", () => {
    for (const columns of [EXTRACT_COLUMNS, ARTICLE_COLUMNS]) {
      const text = tableHeader(columns) + tableRow(columns, c, { body, title: null });
      for (const line of text.split("\n")) assert.ok(Array.from(line).length <= 100, `${Array.from(line).length}: ${line}`);
    }
  });

  test("header and row columns line up", () => {
    const [header] = tableHeader(EXTRACT_COLUMNS).split("\n");
    const [row, under] = tableRow(EXTRACT_COLUMNS, c, { body, title: null }).split("\n");
    assert.equal(header!.indexOf("VALUE"), row!.indexOf("1 500"));
    assert.equal(header!.indexOf("MODALITY"), row!.indexOf("unconfirmed"));
    assert.ok(row!.startsWith("a-very-long…"));
    assert.ok(under!.includes("[1 500]"));
  });

  test("a title claim is shown from the title", () => {
    const t = claim({ in: "title", start: 12, end: 14, mention: "84", sentence: { start: 0, end: 14 } });
    const [, under] = tableRow(ARTICLE_COLUMNS, t, { body: "Other text entirely.", title: "Toll now at 84" }).split("\n");
    assert.equal(under, "    (title) Toll now at [84]");
  });

  test("heading and totals", () => {
    const heading = articleHeading(
      { id: "ex-1", url: null, outlet: "a.example", title: "Floods", published: "2026-03-03", language: null, body: "x" },
      { language: "fr", claims: [c] },
    );
    assert.equal(heading, "▌ 2026-03-03 · a.example · fr · ex-1\n    Floods\n    1 figure\n");
    const totals = emptyTotals();
    addToTotals(totals, [c, claim({ qualifier: "approx" })]);
    addToTotals(totals, []);
    assert.equal(
      formatTotals(totals),
      "Totals: 2 articles, 2 figure claims\n  by qualifier: exact 1 · approx 1\n  by modality:  stated 1 · unconfirmed 1\n",
    );
  });
});
