/**
 * @module store/store-suite
 * The store test suite, backend-agnostic: every test opens ledgers through a
 * harness and speaks only the Store interface, so the same tests run on
 * SQLite (sqlite/sqlite-store.test.ts) and PostgreSQL
 * (postgres/postgres-store.test.ts). Each test has its own ledger (a file,
 * or a schema), so tests do not see each other's rows.
 */
import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { analyse } from "../core/analyse.js";
import type { Article } from "../core/types.js";
import type { AnalysedArticle, ReviewInput, Store } from "./store.js";

export interface StoreHarness {
  /** Opens the ledger called `name`, empty the first time; opening it again finds what was stored. */
  open(name: string): Promise<Store>;
  /**
   * Stores the claims of an article again under new row ids, characters
   * unchanged (what analysing it again does), by SQL behind the store.
   */
  reanalyse(name: string, article: string): Promise<void>;
  /** The schema version the backend's migrations reach. */
  readonly schemaVersion: number;
  /** Removes every ledger this harness made. */
  cleanup(): Promise<void>;
}

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

const REVIEWED: Article = {
  id: "rev-1",
  url: null,
  outlet: "example.org",
  title: "Floods",
  published: "2024-03-13",
  language: null,
  body: "The Red Cross said 2,500 people had been displaced by the floods. Officials said damage could reach $15 million.",
};

const WIRE = "North Korea has sent about 12,000 troops to Russia, South Korea's National Intelligence Service said on Friday. The troops are training in the Far East before moving to the front, the agency said, adding that more could follow in the coming weeks as Pyongyang deepens its ties with Moscow.";

function dated(id: string, outlet: string, published: string, body: string): Article {
  return { id, url: `https://${outlet}/${id}`, outlet, title: null, published, language: null, body };
}

const TRACK_ARTICLES = [
  dated("nis-wire", "wire.example", "2024-10-18", WIRE),
  dated("nis-wire-copy", "paper.example", "2024-10-18", WIRE), // the same wire story, re-published
  dated("kyiv", "kyiv.example", "2024-10-22", "North Korea has sent 1,500 troops to Russia, Ukrainian intelligence said on Tuesday."),
  dated("later", "later.example", "2024-12-20", "North Korea has sent 11,000 troops to Russia, the Pentagon said."),
];

function keyOf(claim: { article: string; in: "body" | "title"; start: number; end: number }) {
  return { article: claim.article, in: claim.in, start: claim.start, end: claim.end };
}

export function storeSuite(backend: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`${backend} store`, () => {
    let h: StoreHarness;
    before(async () => {
      h = await makeHarness();
    });
    after(async () => {
      await h?.cleanup();
    });

    /** Opens a fresh ledger, runs `work`, closes it whatever happens. */
    async function withLedger(name: string, work: (store: Store) => Promise<void>): Promise<void> {
      const store = await h.open(name);
      try {
        await work(store);
      } finally {
        await store.close();
      }
    }

    it("opens at the latest schema version", async () => {
      await withLedger("version", async (store) => {
        assert.equal((await store.stats()).schemaVersion, h.schemaVersion);
      });
    });

    it("round-trips analysed French and English articles with their claims", async () => {
      await withLedger("round-trip", async (store) => {
        const items = [analysed(FR), analysed(EN)];
        const result = await store.add(items);
        const expectedClaims = items.reduce((n, i) => n + i.analysis.claims.length, 0);
        assert.deepEqual(result, { added: 2, duplicates: 0, nearDuplicates: 0, claims: expectedClaims });
        assert.ok((await store.has("fr-1")) && (await store.has("en-1")) && !(await store.has("nope")));
        assert.deepEqual([...(await store.hasMany(["nope", "en-1", "fr-1"]))].sort(), ["en-1", "fr-1"]);

        for (const item of items) {
          const stored = await store.claims({ article: item.article.id });
          assert.equal(stored.length, item.analysis.claims.length);
          for (const [i, claim] of item.analysis.claims.entries()) {
            const { sentenceText, published, language, id: _id, review: _review, track, ...figure } = stored[i]!;
            const { track: _unresolved, ...expected } = claim;
            assert.deepEqual(figure, expected);
            // Tracks are resolved by the store: a backend may do it as it stores (SQLite, for a new family) or after.
            assert.ok(track === null || typeof track === "string");
            const text = claim.in === "title" ? item.article.title! : item.article.body;
            assert.equal(sentenceText, text.slice(claim.sentence.start, claim.sentence.end));
            assert.equal(published, item.article.published);
            assert.equal(language, item.analysis.language);
          }
        }
        await store.resolveTracks({ ifChanged: true });
        for (const item of items) {
          const tracks = (await store.claims({ article: item.article.id })).map((c) => c.track);
          tracks.forEach((track, i) => assert.equal(typeof track === "string", Boolean(item.analysis.features?.[i]?.key)));
        }
        const articles = await store.articles();
        assert.deepEqual(articles[0], {
          id: "fr-1", url: FR.url, outlet: "exemple.fr", title: FR.title, published: "2024-03-12",
          language: "fr", duplicateOf: null, outlets: ["exemple.fr"],
        });
        assert.equal((await store.articles({ language: "en" })).length, 1);
        assert.deepEqual((await store.articles({ limit: 1, offset: 1 })).map((a) => a.id), ["en-1"]);
      });
    });

    it("stores the same articles once when added again, and reports them as duplicates", async () => {
      await withLedger("idempotent", async (store) => {
        const items = [analysed(FR), analysed(EN)];
        await store.add(items);
        const before = await store.stats();
        assert.deepEqual(await store.add(items), { added: 0, duplicates: 2, nearDuplicates: 0, claims: 0 });
        assert.deepEqual(await store.stats(), before);
        // The same article twice in one batch: stored once.
        assert.deepEqual(await store.add([analysed(withId(EN, "twice", "x.example", "u")), analysed(withId(EN, "twice", "x.example", "u"))]),
          { added: 0, duplicates: 2, nearDuplicates: 0, claims: 0 }, "the same text as en-1, twice");
      });
    });

    it("links the same text under another id and outlet to the original, without copying it or its claims", async () => {
      await withLedger("exact", async (store) => {
        await store.add([analysed(FR)]);
        const copy = { ...withId(FR, "copy-1", "autre-journal.fr", "https://autre-journal.fr/a"), body: FR.body.replace(/, /g, " , ") };
        assert.deepEqual(await store.add([analysed(copy)]), { added: 0, duplicates: 1, nearDuplicates: 0, claims: 0 });
        assert.ok(await store.has("copy-1"));
        const byId = new Map((await store.articles()).map((a) => [a.id, a]));
        assert.deepEqual(byId.get("fr-1")!.outlets, ["exemple.fr", "autre-journal.fr"]);
        assert.equal(byId.get("copy-1")!.duplicateOf, "fr-1");
        assert.equal(byId.get("copy-1")!.url, "https://autre-journal.fr/a");
        assert.deepEqual(byId.get("copy-1")!.outlets, ["autre-journal.fr", "exemple.fr"]);
        assert.equal((await store.claims({ article: "copy-1" })).length, 0);
        const stats = await store.stats();
        assert.equal(stats.articles, 1);
        assert.equal(stats.duplicates, 1);
        assert.equal(stats.outlets, 2);
        assert.equal((await store.add([analysed(withId(FR, "fr-1", "troisieme.fr", "https://troisieme.fr/x"))])).duplicates, 1);
        assert.deepEqual((await store.articles()).find((a) => a.id === "fr-1")!.outlets, ["exemple.fr", "autre-journal.fr", "troisieme.fr"]);
        const detail = await store.article("copy-1");
        assert.equal(detail?.body, FR.body, "a duplicate is read with its original's text");
      });
    });

    it("stores a near-duplicate as a row without text or claims, linked to the original's outlets", async () => {
      await withLedger("near", async (store) => {
        const original: Article = { ...FR, id: "wire-1", body: wireBody(), title: "Crues", outlet: "afp.fr", url: "https://afp.fr/1" };
        const republished: Article = { ...original, id: "wire-2", body: wireBody(300), outlet: "regional.fr", url: "https://regional.fr/9", published: "2024-03-14" };
        const first = await store.add([analysed(original)]);
        assert.equal(first.added, 1);
        assert.deepEqual(await store.add([analysed(republished)]), { added: 0, duplicates: 0, nearDuplicates: 1, claims: 0 });
        const byId = new Map((await store.articles()).map((a) => [a.id, a]));
        assert.equal(byId.get("wire-2")!.duplicateOf, "wire-1");
        assert.equal(byId.get("wire-2")!.published, "2024-03-14");
        assert.deepEqual(byId.get("wire-1")!.outlets, ["afp.fr", "regional.fr"]);
        assert.equal((await store.claims({ article: "wire-2" })).length, 0);
        assert.equal((await store.claims({ article: "wire-1" })).length, first.claims);
      });
    });

    it("finds a near-duplicate of an original stored earlier in the same batch", async () => {
      await withLedger("near-same-batch", async (store) => {
        const original: Article = { ...FR, id: "wire-1", body: wireBody(), title: null };
        const republished: Article = { ...original, id: "wire-2", body: wireBody(123), outlet: "regional.fr" };
        assert.deepEqual(await store.add([analysed(original), analysed(republished)]),
          { added: 1, duplicates: 0, nearDuplicates: 1, claims: analysed(original).analysis.claims.length });
      });
    });

    it("compares a near-duplicate with the figures its original stored (a span the analysis repeated, once)", async () => {
      await withLedger("near-repeated-span", async (store) => {
        const original: Article = { ...FR, id: "wire-1", body: wireBody(), title: null };
        const repeated = analysed(original);
        const claims = [...repeated.analysis.claims, repeated.analysis.claims[0]!];
        await store.add([{ ...repeated, analysis: { ...repeated.analysis, claims, features: repeated.analysis.features && [...repeated.analysis.features, repeated.analysis.features[0]!] } }]);
        assert.equal((await store.claims({ article: "wire-1" })).length, repeated.analysis.claims.length, "the repeated span is stored once");
        const republished: Article = { ...original, id: "wire-2", body: wireBody(200), outlet: "regional.fr" };
        assert.equal((await store.add([analysed(republished)])).nearDuplicates, 1);
      });
    });

    it("keeps a near-duplicate whose figures differ as an article of its own", async () => {
      await withLedger("near-other-figure", async (store) => {
        const original: Article = { ...FR, id: "wire-1", body: wireBody(), title: null };
        const corrected: Article = { ...original, id: "wire-2", body: wireBody().replace("850", "920"), outlet: "regional.fr" };
        await store.add([analysed(original)]);
        const result = await store.add([analysed(corrected)]);
        assert.equal(result.added, 1);
        assert.equal((await store.claims({ article: "wire-2" }))[0]!.low, 920);
      });
    });

    it("filters claims by source, counts, modality, language and dates, combined with AND", async () => {
      await withLedger("filters", async (store) => {
        await store.add([analysed(FR), analysed(EN)]);
        const ids = async (filter: Parameters<Store["claims"]>[0]) => (await store.claims(filter)).map((c) => `${c.article}:${c.mention}`);
        assert.deepEqual(await ids({ source: "PRÉFECTURE" }), ["fr-1:300", "fr-1:40 millions d'euros"]);
        assert.deepEqual(await ids({ source: "red cross" }), ["en-1:2,500"]);
        assert.deepEqual(await ids({ counts: "people" }), ["fr-1:au moins 1 200", "en-1:2,500"]);
        assert.deepEqual(await ids({ counts: "people", language: "en" }), ["en-1:2,500"]);
        assert.deepEqual(await ids({ modality: "unconfirmed" }), ["fr-1:40 millions d'euros", "en-1:$15 million"]);
        assert.deepEqual(await ids({ modality: "unconfirmed", source: "officials" }), ["en-1:$15 million"]);
        assert.ok((await ids({ until: "2024-03-13" })).includes("en-1:2,500"));
        assert.ok((await ids({ since: "2024-03-13" })).every((id) => id.startsWith("en-1")));
        assert.ok((await ids({ until: "2024-03-12" })).every((id) => id.startsWith("fr-1")));
        assert.equal((await store.claims({ limit: 2 })).length, 2);
        assert.deepEqual(await store.claims({ limit: 1, offset: 1 }), (await store.claims()).slice(1, 2));
      });
    });

    it("searches article text and claim sentences without accents, and survives hostile queries", async () => {
      await withLedger("search", async (store) => {
        await store.add([analysed(FR), analysed(EN)]);
        const hits = await store.search("securite");
        assert.ok(hits.some((x) => x.kind === "article" && x.article === "fr-1" && x.snippet.includes("[sécurité]")), JSON.stringify(hits));
        const claimHit = hits.find((x) => x.kind === "claim");
        assert.equal(claimHit?.claim?.mention, "300");
        const english = await store.search("RED cross displaced");
        assert.ok(english.length > 0 && english.every((x) => x.article === "en-1"));
        assert.equal((await store.search("securite", { limit: 1 })).length, 1);
        for (const hostile of ['"NEAR( *-', '"', "*", "NEAR(", "-", "a OR", "AND NOT", "title:x", "\u0000", "", "'; DROP TABLE articles; --", "\\", "\ud800"]) {
          await assert.doesNotReject(store.search(hostile), hostile);
        }
        assert.deepEqual(await store.search('"NEAR( *-'), []);
        assert.equal((await store.stats()).articles, 2);
      });
    });

    it("counts articles, duplicates, outlets, claims, languages and modalities", async () => {
      await withLedger("stats", async (store) => {
        const items = [analysed(FR), analysed(EN)];
        await store.add(items);
        await store.add([analysed(withId(EN, "en-copy", "mirror.com", "https://mirror.com/f"))]);
        const stats = await store.stats();
        assert.equal(stats.articles, 2);
        assert.equal(stats.duplicates, 1);
        assert.equal(stats.outlets, 3);
        assert.equal(stats.claims, items.reduce((n, i) => n + i.analysis.claims.length, 0));
        assert.deepEqual(stats.byLanguage, { en: 1, fr: 1 });
        const byModality: Record<string, number> = {};
        for (const c of items.flatMap((i) => i.analysis.claims)) byModality[c.modality] = (byModality[c.modality] ?? 0) + 1;
        assert.deepEqual({ ...stats.byModality }, byModality);
      });
    });

    it("reads the people, organisations and places articles name, one entity across languages, with aliases and spans", async () => {
      await withLedger("entities", async (store) => {
        const fr = dated("ent-fr", "fr.example", "2024-10-20",
          "Selon le Service national de renseignement sud-coréen (NIS), la Corée du Nord a envoyé 1 500 soldats en Russie. Vladimir Poutine n'a pas commenté.");
        const en = dated("ent-en", "en.example", "2024-10-21",
          "North Korea has sent 3,000 troops to Russia, South Korea's National Intelligence Service said. Putin declined to comment.");
        await store.add([analysed(fr), analysed(en)]);
        const all = await store.entities();
        const nk = all.find((e) => e.key === "country:KP");
        assert.ok(nk, "North Korea is an entity");
        assert.equal(nk.articles, 2);
        assert.ok(nk.aliases.includes("Corée du Nord") && nk.aliases.includes("North Korea"), nk.aliases.join(", "));
        const nis = all.find((e) => e.aliases.includes("NIS"));
        assert.ok(nis && nis.articles === 2, "the NIS is one entity in French and English");
        assert.deepEqual((await store.entities({ kind: "country" })).map((e) => e.kind).filter((k) => k !== "country"), []);
        assert.ok((await store.entities({ query: "Corée" })).some((e) => e.key === "country:KP"));
        const detail = (await store.article("ent-fr"))!;
        assert.ok(detail.entities.length > 0);
        for (const m of detail.entities) assert.ok(fr.body.slice(m.start, m.end).length > 0 && m.end <= fr.body.length);
        assert.ok(detail.entities.some((m) => m.key === "country:KP" && fr.body.slice(m.start, m.end) === "Corée du Nord"));
      });
    });

    it("stores all of a batch or none of it", async () => {
      await withLedger("atomic", async (store) => {
        const good = analysed(EN);
        const fr = analysed(FR);
        // A claim the schema refuses (CHECK on "in"), after a good article: the whole batch rolls back.
        const bad: AnalysedArticle = {
          article: fr.article,
          analysis: { ...fr.analysis, claims: [{ ...fr.analysis.claims[0]!, in: "page" as "body" }] },
        };
        await assert.rejects(store.add([good, bad]), /check constraint/i);
        assert.equal((await store.stats()).articles, 0);
        assert.equal((await store.stats()).claims, 0);
        assert.deepEqual(await store.search("floods"), []);
        assert.equal((await store.add([good])).added, 1);
      });
    });

    it("stores text holding NUL and other control characters with offsets intact", async () => {
      await withLedger("control-characters", async (store) => {
        const odd: Article = { ...EN, id: "odd\u0001", title: "T\u0000itle", body: `${EN.body} \u0000 The end.` };
        assert.equal((await store.add([analysed(odd)])).added, 1);
        const detail = (await store.article("odd\u0001"))!;
        assert.equal(detail.body.length, odd.body.length, "one character kept for each");
        for (const c of detail.claims) assert.equal(detail.body.slice(c.start, c.end), c.mention);
      });
    });

    describe("tracks", () => {
      async function ledger(name: string): Promise<Store> {
        const store = await h.open(name);
        await store.add(TRACK_ARTICLES.map((a) => ({ article: a, analysis: analyse(a) })));
        return store;
      }

      it("group the estimates, count re-published wire copy once, and list them in date order", async () => {
        const store = await ledger("tracks-group");
        try {
          const [track] = await store.tracks();
          assert.ok(track);
          assert.equal(track.claims, 3, "the wire story is stored once, with both outlets");
          const timeline = (await store.timeline(track.id))!;
          assert.deepEqual(timeline.entries.map((e) => e.claim.article), ["nis-wire", "kyiv", "later"]);
          assert.deepEqual([...timeline.entries[0]!.outlets].sort(), ["paper.example", "wire.example"]);
          assert.deepEqual((await store.tracks({ query: "KOREAN" })).map((t) => t.id), [track.id], "the label filter ignores case");
        } finally {
          await store.close();
        }
      });

      it("find the contradiction and leave the compatible pair alone", async () => {
        const store = await ledger("tracks-contradictions");
        try {
          const [track] = await store.tracks();
          const found = await store.contradictions({ track: track!.id });
          assert.equal(found.length, 1);
          assert.deepEqual([found[0]!.a.claim.article, found[0]!.b.claim.article], ["nis-wire", "kyiv"]);
          assert.equal((await store.timeline(track!.id))!.corroboration.count, 2);
          assert.equal((await store.contradictions()).length, 1);
        } finally {
          await store.close();
        }
      });

      it("show only what had been published as of a date", async () => {
        const store = await ledger("tracks-as-of");
        try {
          const [track] = await store.tracks();
          const asOf = (await store.timeline(track!.id, { asOf: "2024-10-31" }))!;
          assert.deepEqual(asOf.entries.map((e) => e.claim.article), ["nis-wire", "kyiv"]);
          assert.equal((await store.tracks({ asOf: "2024-10-01" })).length, 0);
        } finally {
          await store.close();
        }
      });

      it("set each stored claim's track, whatever order the articles came in", async () => {
        const store = await ledger("tracks-set");
        const reversed = await h.open("tracks-set-reversed");
        try {
          for (const a of [...TRACK_ARTICLES].reverse()) await reversed.add([{ article: a, analysis: analyse(a) }]);
          assert.ok((await store.resolveTracks()) > 0);
          assert.equal(await store.resolveTracks({ ifChanged: true }), -1, "nothing changed since");
          const claims = (await store.claims()).filter((c) => c.counts === "troops");
          assert.ok(claims.length >= 3);
          assert.ok(claims.every((c) => c.track !== null && c.track === claims[0]!.track));
          await reversed.resolveTracks();
          // Reversed, the re-published copy came first and holds the wire story's text and claims.
          const shape = async (s: Store) =>
            (await s.claims()).map((c) => `${c.article.replace(/-copy$/, "")}:${c.start}:${c.track}`).sort();
          assert.deepEqual(await shape(reversed), await shape(store));
        } finally {
          await store.close();
          await reversed.close();
        }
      });

      it("as they are stored, hold the tracks a full resolution gives", async () => {
        const store = await h.open("tracks-as-stored");
        try {
          // One article per batch: a family is new with its first article, shared with the next.
          for (const a of TRACK_ARTICLES) await store.add([{ article: a, analysis: analyse(a) }]);
          await store.resolveTracks({ ifChanged: true });
          const shape = async () => ({
            tracks: (await store.tracks()).map((t) => JSON.stringify(t)).sort(),
            claims: (await store.claims()).map((c) => `${c.article}:${c.in}:${c.start}:${c.track}`).sort(),
          });
          const asStored = await shape();
          assert.ok(asStored.tracks.length > 0);
          assert.equal(await store.resolveTracks(), asStored.tracks.length);
          assert.deepEqual(await shape(), asStored);
        } finally {
          await store.close();
        }
      });

      it("honour a person's review: a rejected claim leaves its track, a corrected track moves it", async () => {
        const store = await ledger("tracks-reviews");
        try {
          const [track] = await store.tracks();
          const claim = (await store.claims()).find((c) => c.article === "kyiv" && c.counts === "troops")!;
          await store.review({ ...keyOf(claim), action: "reject" });
          assert.deepEqual((await store.timeline(track!.id))!.entries.map((e) => e.claim.article), ["nis-wire", "later"]);
          const later = (await store.claims()).find((c) => c.article === "later" && c.counts === "troops")!;
          await store.review({ ...keyOf(later), action: "correct", correction: { track: "pentagon-estimates" } });
          assert.deepEqual((await store.timeline(track!.id))!.entries.map((e) => e.claim.article), ["nis-wire"]);
          assert.deepEqual((await store.timeline("pentagon-estimates"))!.entries.map((e) => e.claim.article), ["later"]);
        } finally {
          await store.close();
        }
      });
    });

    describe("claim reviews", () => {
      it("are stored with their time, the latest joined onto the claim, the history kept for the audit", async () => {
        await withLedger("reviews", async (store) => {
          await store.add([analysed(REVIEWED)]);
          const [first, second] = await store.claims({ article: "rev-1" });
          assert.ok(first && second, "the article has two claims");
          assert.equal(first.review, null, "no review yet");

          const confirmed = await store.review({ ...keyOf(first), action: "confirm", reviewer: "ana" });
          assert.ok(confirmed);
          assert.equal(confirmed.action, "confirm");
          assert.ok(!Number.isNaN(Date.parse(confirmed.createdAt)), "created_at is an ISO time");
          const corrected = await store.review({
            ...keyOf(first),
            action: "correct",
            correction: { low: 2400, high: 2600, modality: "unconfirmed", source: "Red Cross (Lusania)" },
            note: "range in the later bulletin",
          });
          assert.ok(corrected);
          await store.review({ ...keyOf(second), action: "reject" });

          const [again, rejected] = await store.claims({ article: "rev-1" });
          assert.equal(again?.review?.action, "correct");
          assert.deepEqual(again?.review?.correction, { low: 2400, high: 2600, source: "Red Cross (Lusania)", modality: "unconfirmed" });
          assert.equal(again?.review?.note, "range in the later bulletin");
          assert.equal(rejected?.review?.action, "reject");
          assert.equal(again?.low, first.low);

          const audit = await store.reviews();
          assert.deepEqual(audit.map((e) => e.review.action), ["reject", "correct", "confirm"], "newest first, none lost");
          assert.equal(audit[1]?.claim?.mention, first.mention);
          assert.equal(audit[1]?.title, "Floods");
          assert.equal((await store.reviews({ limit: 1, offset: 1 }))[0]?.review.id, corrected.id);
          assert.equal((await store.reviews({ article: "nope" })).length, 0);
        });
      });

      it("outlive the article being analysed again (new row ids, same characters)", async () => {
        const store = await h.open("reviews-reanalysed");
        await store.add([analysed(REVIEWED)]);
        const before = await store.claims({ article: "rev-1" });
        await store.review({ ...keyOf(before[0]!), action: "confirm" });
        await store.review({ ...keyOf(before[1]!), action: "reject" });
        await store.close();
        await h.reanalyse("reviews-reanalysed", "rev-1");
        await withLedger("reviews-reanalysed", async (again) => {
          const claims = await again.claims({ article: "rev-1" });
          assert.notDeepEqual(claims.map((c) => c.id), before.map((c) => c.id), "the rows are new");
          assert.deepEqual(claims.map((c) => c.review?.action), ["confirm", "reject"]);
        });
      });

      it("refuse a claim that does not exist and malformed reviews, with a reason", async () => {
        await withLedger("reviews-refused", async (store) => {
          await store.add([analysed(REVIEWED)]);
          const claim = (await store.claims({ article: "rev-1" }))[0]!;
          assert.equal(await store.review({ ...keyOf(claim), start: claim.start + 1, action: "confirm" }), null);
          assert.equal(await store.review({ ...keyOf(claim), article: "missing", action: "confirm" }), null);
          const bad: [Partial<ReviewInput>, RegExp][] = [
            [{ action: "correct" }, /at least one corrected field/],
            [{ action: "correct", correction: {} }, /at least one corrected field/],
            [{ action: "confirm", correction: { low: 1 } }, /carries no correction/],
            [{ action: "correct", correction: { low: 5, high: 2 } }, /low must not be greater/],
            [{ action: "correct", correction: { low: Number.NaN } }, /finite/],
            [{ action: "correct", correction: { modality: "sure" as never } }, /modality/],
            [{ action: "correct", correction: { mention: "x" } as never }, /cannot be corrected/],
            [{ action: "delete" as never }, /action/],
            [{ action: "confirm", start: 5, end: 5 }, /start and end/],
          ];
          for (const [change, reason] of bad) {
            await assert.rejects(store.review({ ...keyOf(claim), ...change } as ReviewInput), reason, JSON.stringify(change));
          }
          assert.equal((await store.reviews()).length, 0, "nothing stored by the refused reviews");
        });
      });
    });
  });
}
