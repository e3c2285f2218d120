/** @module lang/fr/events.test Table tests of the event of a figure, French. */
import { test } from "node:test";
import { equal, ok } from "node:assert/strict";
import { analyse } from "../../core/analyse.js";

type Row = [body: string, mention: string, event: string | null];

const ROWS: Row[] = [
  // The participle after each figure is its own, not the next figure's.
  ["Selon l'armée, 3 200 soldats ont été engagés, dont 900 auraient été blessés et 150 tués.", "900", "wounded"],
  ["Selon l'armée, 3 200 soldats ont été engagés, dont 900 auraient été blessés et 150 tués.", "150", "killed"],
  // The verb governing the figure as its object.
  ["Dans la nuit, l'armée russe a lancé près de 300 drones sur la région.", "près de 300", "launched"],
  ["Les rebelles ont utilisé des centaines de roquettes artisanales.", "des centaines", "used"],
  ["La ville a été frappée à au moins six reprises, selon le maire.", "au moins six", "struck"],
  ["La liste écologiste recueille 12,4% des suffrages exprimés.", "12,4%", "won"],
  // The predicate of the figure as subject, past a relative clause or another verb.
  ["Quelque 450 habitants qui vivaient près du fleuve ont été évacués mardi.", "Quelque 450", "evacuated"],
  ["Au moins 35 personnes sont mortes dans les inondations.", "Au moins 35", "died"],
  ["Plus de 2 000 maisons détruites par le séisme restent inhabitables.", "Plus de 2 000", "destroyed"],
  // A light verb yields to the noun it measures.
  ["Le déficit commercial atteint 4,2% du PIB au troisième trimestre.", "4,2%", "deficit"],
  ["Le taux de participation s'élève à 48,7% à 17 heures.", "48,7%", "turnout"],
  // A share of an event noun.
  ["Le candidat sortant arrive en tête avec 38% des voix.", "38%", "received"],
  // The counted noun's own event when no verb governs the figure.
  ["Le dernier bilan fait état de 27 blessés.", "27", "wounded"],
  ["Un incendie a fait 12 morts, 40 blessés et 300 évacuations.", "300", "evacuated"],
  // An area restates the event before it, else is an extent.
  ["Les flammes ont brûlé 2 000 hectares, soit 20 km2.", "20 km2", "burned"],
  ["Le plus grand foyer (12 km2) reste actif.", "12 km2", "extent"],
  // A signed change.
  ["L'indicateur gagne du terrain (+2,1 points).", "+2,1 points", "increase"],
];

for (const [body, mention, event] of ROWS) {
  test(`${mention} → ${event} in «${body}»`, () => {
    const claims = analyse({ id: "t", url: null, outlet: null, title: null, published: null, language: "fr", body }).claims;
    for (const c of claims) equal(body.slice(c.start, c.end), c.mention);
    const c = claims.find((x) => x.mention === mention);
    ok(c, `no claim «${mention}» among ${claims.map((x) => x.mention).join(", ")}`);
    equal(c.event, event);
  });
}
