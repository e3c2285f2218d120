import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { analyse } from "../../core/analyse.js";
import type { Article } from "../../core/types.js";
import type { AnalysedArticle, Store } from "../store.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

const FR: Article = {
  id: "fr-1",
  url: "https://exemple.fr/crues",
  outlet: "exemple.fr",
  title: "Crues : 1 200 évacués",
  published: "2024-03-12",
  language: null,
  body:
    "Selon le ministère de l'Intérieur, au moins 1 200 personnes ont été évacuées dans la vallée. " +
    "La sécurité civile a déployé 300 pompiers, a indiqué la préfecture. " +
    "Les dégâts pourraient atteindre 40 millions d'euros.",
};

const EN: Article = {
  id: "en-1",
  url: "https://example.com/floods",
  outlet: "example.com",
  title: "Floods displace thousands",
  published: "2024-03-13T09:30:00Z",
  language: null,
  body:
    "The Red Cross said 2,500 people had been displaced by the floods. " +
    "Officials said damage could reach $15 million. About 40 schools were closed.",
};

// A long wire story (~600 words): long enough for a SimHash, with one figure.
const FILLER = (
  "la rivière est sortie de son lit dans la nuit et les habitants des quartiers bas ont quitté leurs maisons " +
  "sous la pluie les routes de la vallée restent coupées et les écoles fermées jusqu'à nouvel ordre " +
  "le maire a ouvert le gymnase pour accueillir les familles et demande l'aide de l'état pour reconstruire"
).split(" ");
function wireBody(changeWordAt?: number): string {
  const words: string[] = [];
  let x = 7;
  for (let i = 0; i < 600; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    words.push(i === changeWordAt ? "torrent" : FILLER[(x >>> 8) % FILLER.length]!);
  }
  return `Selon la préfecture, 850 personnes ont été évacuées. ${words.join(" ")}.`;
}

function analysed(article: Article): AnalysedArticle {
  return { article, analysis: analyse(article) };
}

function withId(article: Article, id: string, outlet: string, url: string): Article {
  return { ...article, id, outlet, url };
}

describe("SQLite store", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "tally-store-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function fresh(name: string): Store {
    return openSqliteStore(join(dir, `${name}.db`));
  }

  it("opens a file in WAL mode with foreign keys on, and :memory:", () => {
    const path = join(dir, "pragmas.db");
    openSqliteStore(path).close();
    const db = new Database(path);
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    db.close();
    const memory = openSqliteStore(":memory:");
    assert.equal(memory.stats().schemaVersion, SCHEMA_VERSION);
    memory.close();
  });

  it("round-trips analysed French and English articles with their claims", () => {
    const store = fresh("round-trip");
    const items = [analysed(FR), analysed(EN)];
    const result = store.add(items);
    const expectedClaims = items.reduce((n, i) => n + i.analysis.claims.length, 0);
    assert.deepEqual(result, { added: 2, duplicates: 0, nearDuplicates: 0, claims: expectedClaims });
    assert.ok(store.has("fr-1") && store.has("en-1") && !store.has("nope"));

    for (const item of items) {
      const stored = store.claims({ article: item.article.id });
      assert.equal(stored.length, item.analysis.claims.length);
      for (const [i, claim] of item.analysis.claims.entries()) {
        const { sentenceText, published, language, id: _id, review: _review, ...figure } = stored[i]!;
        assert.deepEqual(figure, claim);
        const text = claim.in === "title" ? item.article.title! : item.article.body;
        assert.equal(sentenceText, text.slice(claim.sentence.start, claim.sentence.end));
        assert.equal(published, item.article.published);
        assert.equal(language, item.analysis.language);
      }
    }
    const articles = store.articles();
    assert.deepEqual(articles[0], {
      id: "fr-1", url: FR.url, outlet: "exemple.fr", title: FR.title, published: "2024-03-12",
      language: "fr", duplicateOf: null, outlets: ["exemple.fr"],
    });
    assert.equal(store.articles({ language: "en" }).length, 1);
    assert.deepEqual(store.articles({ limit: 1, offset: 1 }).map((a) => a.id), ["en-1"]);
    store.close();
  });

  it("stores the same articles once when added again, and reports them as duplicates", () => {
    const store = fresh("idempotent");
    const items = [analysed(FR), analysed(EN)];
    store.add(items);
    const before = store.stats();
    assert.deepEqual(store.add(items), { added: 0, duplicates: 2, nearDuplicates: 0, claims: 0 });
    assert.deepEqual(store.stats(), before);
    store.close();
  });

  it("links the same text under another id and outlet to the original, without copying it or its claims", () => {
    const store = fresh("exact");
    store.add([analysed(FR)]);
    // Same words, other typography: still the same text.
    const copy = { ...withId(FR, "copy-1", "autre-journal.fr", "https://autre-journal.fr/a"), body: FR.body.replace(/, /g, " , ") };
    assert.deepEqual(store.add([analysed(copy)]), { added: 0, duplicates: 1, nearDuplicates: 0, claims: 0 });
    assert.ok(store.has("copy-1"));
    const byId = new Map(store.articles().map((a) => [a.id, a]));
    assert.deepEqual(byId.get("fr-1")!.outlets, ["exemple.fr", "autre-journal.fr"]);
    assert.equal(byId.get("copy-1")!.duplicateOf, "fr-1");
    assert.equal(byId.get("copy-1")!.url, "https://autre-journal.fr/a");
    assert.deepEqual(byId.get("copy-1")!.outlets, ["autre-journal.fr", "exemple.fr"]);
    assert.equal(store.claims({ article: "copy-1" }).length, 0);
    const stats = store.stats();
    assert.equal(stats.articles, 1);
    assert.equal(stats.duplicates, 1);
    assert.equal(stats.outlets, 2);
    // The same id again from a third outlet: linked, nothing else stored.
    assert.deepEqual(store.add([analysed(withId(FR, "fr-1", "troisieme.fr", "https://troisieme.fr/x"))]).duplicates, 1);
    assert.deepEqual(store.articles().find((a) => a.id === "fr-1")!.outlets, ["exemple.fr", "autre-journal.fr", "troisieme.fr"]);
    store.close();
  });

  it("stores a near-duplicate as a row without text or claims, linked to the original's outlets", () => {
    const store = fresh("near");
    const original: Article = { ...FR, id: "wire-1", body: wireBody(), title: "Crues", outlet: "afp.fr", url: "https://afp.fr/1" };
    const republished: Article = { ...original, id: "wire-2", body: wireBody(300), outlet: "regional.fr", url: "https://regional.fr/9", published: "2024-03-14" };
    const first = store.add([analysed(original)]);
    assert.equal(first.added, 1);
    assert.deepEqual(store.add([analysed(republished)]), { added: 0, duplicates: 0, nearDuplicates: 1, claims: 0 });
    const byId = new Map(store.articles().map((a) => [a.id, a]));
    assert.equal(byId.get("wire-2")!.duplicateOf, "wire-1");
    assert.equal(byId.get("wire-2")!.published, "2024-03-14");
    assert.deepEqual(byId.get("wire-1")!.outlets, ["afp.fr", "regional.fr"]);
    assert.equal(store.claims({ article: "wire-2" }).length, 0);
    assert.equal(store.claims({ article: "wire-1" }).length, first.claims);
    store.close();
  });

  it("keeps a near-duplicate whose figures differ as an article of its own", () => {
    const store = fresh("near-other-figure");
    const original: Article = { ...FR, id: "wire-1", body: wireBody(), title: null };
    const corrected: Article = { ...original, id: "wire-2", body: wireBody().replace("850", "920"), outlet: "regional.fr" };
    store.add([analysed(original)]);
    const result = store.add([analysed(corrected)]);
    assert.equal(result.added, 1);
    assert.equal(store.claims({ article: "wire-2" })[0]!.low, 920);
    store.close();
  });

  it("filters claims by source, counts, modality, language and dates, combined with AND", () => {
    const store = fresh("filters");
    store.add([analysed(FR), analysed(EN)]);
    const ids = (filter: Parameters<Store["claims"]>[0]) => store.claims(filter).map((c) => `${c.article}:${c.mention}`);
    // Case, accents and punctuation ignored in the source.
    assert.deepEqual(ids({ source: "PRÉFECTURE" }), ["fr-1:300", "fr-1:40 millions d'euros"]);
    assert.deepEqual(ids({ source: "red cross" }), ["en-1:2,500"]);
    assert.deepEqual(ids({ counts: "people" }), ["fr-1:au moins 1 200", "en-1:2,500"]);
    assert.deepEqual(ids({ counts: "people", language: "en" }), ["en-1:2,500"]);
    assert.deepEqual(ids({ modality: "unconfirmed" }), ["fr-1:40 millions d'euros", "en-1:$15 million"]);
    assert.deepEqual(ids({ modality: "unconfirmed", source: "officials" }), ["en-1:$15 million"]);
    // until is inclusive of a timestamp on that day; since excludes the day before.
    assert.ok(ids({ until: "2024-03-13" }).includes("en-1:2,500"));
    assert.ok(ids({ since: "2024-03-13" }).every((id) => id.startsWith("en-1")));
    assert.ok(ids({ until: "2024-03-12" }).every((id) => id.startsWith("fr-1")));
    assert.equal(store.claims({ limit: 2 }).length, 2);
    assert.deepEqual(store.claims({ limit: 1, offset: 1 }), store.claims().slice(1, 2));
    store.close();
  });

  it("searches article text and claim sentences without accents, and survives hostile queries", () => {
    const store = fresh("search");
    store.add([analysed(FR), analysed(EN)]);
    const hits = store.search("securite");
    assert.ok(hits.some((h) => h.kind === "article" && h.article === "fr-1" && h.snippet.includes("[sécurité]")));
    const claimHit = hits.find((h) => h.kind === "claim");
    assert.equal(claimHit?.claim?.mention, "300");
    assert.ok(store.search("RED cross displaced").every((h) => h.article === "en-1"));
    assert.equal(store.search("securite", { limit: 1 }).length, 1);
    for (const hostile of ['"NEAR( *-', '"', "*", "NEAR(", "-", "a OR", "AND NOT", "title:x", "\u0000", ""]) {
      assert.doesNotThrow(() => store.search(hostile), hostile);
    }
    assert.deepEqual(store.search('"NEAR( *-'), []);
    store.close();
  });

  it("counts articles, duplicates, outlets, claims, languages and modalities", () => {
    const store = fresh("stats");
    const items = [analysed(FR), analysed(EN)];
    store.add(items);
    store.add([analysed(withId(EN, "en-copy", "mirror.com", "https://mirror.com/f"))]);
    const stats = store.stats();
    assert.equal(stats.articles, 2);
    assert.equal(stats.duplicates, 1);
    assert.equal(stats.outlets, 3);
    assert.equal(stats.claims, items.reduce((n, i) => n + i.analysis.claims.length, 0));
    assert.deepEqual(stats.byLanguage, { en: 1, fr: 1 });
    const byModality: Record<string, number> = {};
    for (const c of items.flatMap((i) => i.analysis.claims)) byModality[c.modality] = (byModality[c.modality] ?? 0) + 1;
    assert.deepEqual({ ...stats.byModality }, byModality);
    assert.equal(stats.schemaVersion, SCHEMA_VERSION);
    store.close();
  });

  it("records claim sources as entities, with mentions only where the source is written in the sentence", () => {
    const path = join(dir, "entities.db");
    const store = openSqliteStore(path);
    store.add([analysed(EN)]);
    store.close();
    const db = new Database(path, { readonly: true });
    const entities = db.prepare("SELECT name FROM entities WHERE kind = 'source' ORDER BY name").pluck().all();
    assert.deepEqual(entities, ["Officials", "Red Cross"]);
    const mentions = db.prepare(`SELECT e.name, m."start", m."end" FROM entity_mentions m JOIN entities e ON e.id = m.entity_id ORDER BY m."start"`).all() as { name: string; start: number; end: number }[];
    for (const m of mentions) assert.equal(EN.body.slice(m.start, m.end), m.name);
    assert.ok(mentions.some((m) => m.name === "Red Cross"));
    db.close();
  });

  it("stores all of a batch or none of it", () => {
    const store = fresh("atomic");
    const good = analysed(EN);
    const fr = analysed(FR);
    // A claim the schema refuses (CHECK on "in"), after a good article: the whole batch rolls back.
    const bad: AnalysedArticle = {
      article: fr.article,
      analysis: { ...fr.analysis, claims: [{ ...fr.analysis.claims[0]!, in: "page" as "body" }] },
    };
    assert.throws(() => store.add([good, bad]), /CHECK constraint/);
    assert.equal(store.stats().articles, 0);
    assert.equal(store.stats().claims, 0);
    assert.deepEqual(store.search("floods"), []);
    assert.equal(store.add([good]).added, 1);
    store.close();
  });
});
