/**
 * @module bench/generate-articles
 * A deterministic generator of realistic-looking news articles (French and
 * English, ~4 KB each, every one different), as news-please records: the
 * large corpora the ingest bench and the failure tests need. Texts are
 * assembled from sentence patterns with varying places, sources and figures,
 * so no two articles are near-duplicates of each other.
 */

export interface GeneratedRecord {
  readonly id: string;
  readonly url: string;
  readonly source_domain: string;
  readonly title: string;
  readonly maintext: string;
  readonly date_publish: string;
  readonly language: "fr" | "en";
}

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FR = {
  places: ["Valence", "Lyon", "Marseille", "Kharkiv", "Gaza", "Khartoum", "Porto", "Naples", "Dakar", "Tripoli", "Brest", "Nice"],
  sources: ["le ministère de l'Intérieur", "la Croix-Rouge", "les autorités locales", "la préfecture", "l'ONU", "les services de secours"],
  things: ["morts", "blessés", "personnes évacuées", "maisons détruites", "soldats", "migrants", "hectares brûlés", "écoles fermées"],
  sentences: [
    (r: R) => `Selon ${r.source()}, au moins ${r.n()} ${r.thing()} ont été recensés à ${r.place()} depuis ${r.day()}.`,
    (r: R) => `Le bilan pourrait s'alourdir, a déclaré ${r.source()}, qui évoque près de ${r.n()} ${r.thing()}.`,
    (r: R) => `À ${r.place()}, entre ${r.n()} et ${r.n() + 500} ${r.thing()} seraient concernés, d'après des sources proches du dossier.`,
    (r: R) => `Le gouvernement a débloqué ${r.small()} millions d'euros d'aide d'urgence pour la région de ${r.place()}.`,
    (r: R) => `Des milliers d'habitants ont passé la nuit dans des gymnases, tandis que ${r.pct()} % des routes restaient coupées.`,
    (r: R) => `« Nous n'avons jamais vu cela », confie une habitante de ${r.place()}, âgée de ${r.small()} ans, devant sa maison inondée.`,
    (r: R) => `Les équipes ont travaillé toute la nuit du ${r.day()} pour rétablir le courant dans ${r.small()} communes.`,
  ],
  prose: [
    (r: R) => `Les habitants de ${r.place()} décrivent une montée des eaux d'une rapidité inédite, au milieu de la nuit.`,
    (r: R) => `Sur place, les secouristes progressent lentement, gênés par la boue et les débris qui encombrent les rues.`,
    (r: R) => `Selon ${r.source()}, la priorité reste de retrouver les personnes dont les proches sont sans nouvelles.`,
    (r: R) => `Plusieurs élus locaux réclament une enquête sur le déclenchement tardif des alertes dans la région de ${r.place()}.`,
    () => `Les associations d'entraide ont ouvert des points de collecte pour les vêtements, l'eau potable et les médicaments.`,
    () => `Les météorologues estiment que l'épisode pluvieux devrait s'éloigner vers l'est au cours de la semaine.`,
    (r: R) => `Dans les villages voisins de ${r.place()}, les routes restent impraticables et plusieurs hameaux sont isolés.`,
  ],
};

const EN = {
  places: ["Valencia", "Leeds", "Kharkiv", "Gaza", "Khartoum", "Manila", "Lagos", "Denver", "Naples", "Cork", "Dhaka", "Perth"],
  sources: ["the interior ministry", "the Red Cross", "local officials", "the regional government", "the UN", "emergency services"],
  things: ["people killed", "people injured", "residents evacuated", "homes destroyed", "troops", "migrants", "acres burned", "schools closed"],
  sentences: [
    (r: R) => `At least ${r.n()} ${r.thing()} have been counted in ${r.place()} since ${r.day()}, according to ${r.source()}.`,
    (r: R) => `The toll could rise further, ${r.source()} said, citing nearly ${r.n()} ${r.thing()}.`,
    (r: R) => `In ${r.place()}, between ${r.n()} and ${r.n() + 500} ${r.thing()} were reportedly affected, sources close to the matter said.`,
    (r: R) => `The government has released $${r.small()} million in emergency aid for the ${r.place()} region.`,
    (r: R) => `Thousands of residents spent the night in sports halls while ${r.pct()}% of roads remained closed.`,
    (r: R) => `"We have never seen anything like this," said a ${r.small()}-year-old resident of ${r.place()}, standing outside her flooded home.`,
    (r: R) => `Crews worked through the night of ${r.day()} to restore power to ${r.small()} towns.`,
  ],
  prose: [
    (r: R) => `Residents of ${r.place()} described water rising faster than they had ever seen, in the middle of the night.`,
    () => `On the ground, rescue teams moved slowly, hampered by mud and debris that blocked the streets.`,
    (r: R) => `The priority remains finding people whose relatives have had no news, ${r.source()} said.`,
    (r: R) => `Several local officials called for an inquiry into why warnings reached ${r.place()} so late.`,
    () => `Charities opened collection points for clothes, drinking water and medicine across the region.`,
    () => `Forecasters expect the band of heavy rain to move east over the course of the week.`,
    (r: R) => `In villages near ${r.place()}, roads remain impassable and several hamlets are cut off.`,
  ],
};

interface R {
  n(): number;
  small(): number;
  pct(): number;
  place(): string;
  source(): string;
  thing(): string;
  day(): string;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** `count` records of about `bytes` characters of text each, in both languages. */
export function* generateRecords(count: number, seed = 1, bytes = 4000): Generator<GeneratedRecord> {
  const rnd = random(seed);
  for (let i = 0; i < count; i++) {
    const language = i % 2 === 0 ? "fr" : "en";
    const lex = language === "fr" ? FR : EN;
    const r: R = {
      n: () => 10 + Math.floor(rnd() * 20000),
      small: () => 2 + Math.floor(rnd() * 90),
      pct: () => 1 + Math.floor(rnd() * 98),
      place: () => pick(rnd, lex.places),
      source: () => pick(rnd, lex.sources),
      thing: () => pick(rnd, lex.things),
      day: () => `${1 + Math.floor(rnd() * 28)} ${language === "fr" ? "mars" : "March"}`,
    };
    const paragraphs: string[] = [];
    let length = 0;
    while (length < bytes) {
      // Like real reporting, most sentences carry no figure: one in three or four does.
      const sentences = [pick(rnd, lex.sentences)(r), pick(rnd, lex.prose)(r), pick(rnd, lex.prose)(r)];
      if (rnd() < 0.5) sentences.push(pick(rnd, lex.prose)(r));
      const paragraph = sentences.join(" ");
      paragraphs.push(paragraph);
      length += paragraph.length + 1;
    }
    const day = String(1 + (i % 28)).padStart(2, "0");
    yield {
      id: `gen-${seed}-${i}`,
      url: `https://news-${i % 37}.example/${language}/${seed}/${i}`,
      source_domain: `news-${i % 37}.example`,
      title: `${language === "fr" ? "Inondations" : "Floods"}: ${r.place()} (${i})`,
      maintext: paragraphs.join("\n"),
      date_publish: `2026-03-${day} 08:00:00`,
      language,
    };
  }
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The record as the HTML page a news site would serve. */
export function toHtmlPage(r: GeneratedRecord): string {
  const paragraphs = r.maintext.split("\n").map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!doctype html>
<html lang="${r.language}"><head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title>
<meta property="og:site_name" content="${r.source_domain}">
<meta property="article:published_time" content="${r.date_publish.replace(" ", "T")}Z">
<link rel="canonical" href="${r.url}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escapeHtml(r.title)}</h1>
${paragraphs}
</article><footer>© ${r.source_domain}</footer></body></html>`;
}

/** One WARC response record (WARC/1.0, as CC-NEWS writes them) holding the record's page. */
export function toWarcRecord(r: GeneratedRecord, index: number): Buffer {
  const body = Buffer.from(toHtmlPage(r), "utf8");
  const http = Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`, "latin1"),
    body,
  ]);
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
  const head =
    `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:${id}>\r\n` +
    `WARC-Date: ${r.date_publish.replace(" ", "T")}Z\r\nWARC-Target-URI: ${r.url}\r\n` +
    `Content-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), http, Buffer.from("\r\n\r\n", "latin1")]);
}
