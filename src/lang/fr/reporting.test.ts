/** Attribution and modality in French: who a figure is attributed to (in English) and how sure the text is. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { claimsOf, sourceTableFailures, type SourceRow } from "../../core/extract/claim-table.js";

const ROWS: readonly SourceRow[] = [
  ["Selon les autorités ukrainiennes, 40 drones ont été abattus.", "40", "Ukrainian authorities", "stated"],
  ["D'après le ministère de la Santé, au moins 12 personnes sont mortes.", "au moins 12", "Health Ministry", "stated"],
  ["« Nous avons évacué 3 000 habitants », a déclaré le préfet.", "3 000", "prefect", "stated"],
  ["Le bilan s'élève à 43 morts, selon un dernier bilan.", "43", null, "stated"],
  ["Selon un décompte de l'AFP, 205 personnes ont péri.", "205", "AFP", "stated"],
  // Une relative entre le sujet et son verbe : la source est avant elle.
  ["Le préfet, qui s'est rendu sur place lundi, a indiqué que 14 maisons avaient été détruites.", "14", "prefect", "stated"],
  ["Selon le dernier bilan officiel, 58 personnes sont mortes.", "58", null, "stated"],
  ["Des estimations américaines suggèrent que 115 000 soldats ont été tués.", "115 000", "US estimates", "stated"],
  ["La Croix-Rouge a indiqué que 60 personnes étaient portées disparues. Parmi elles, 12 enfants.", "12", "Red Cross", "stated"],
  ["Le gouvernement pourrait débloquer 2 milliards d'euros.", "2 milliards d'euros", null, "possible"],
  ["L'armée aurait perdu 300 chars, selon des sources occidentales.", "300", "Western sources", "unconfirmed"],
  ["Le ministère a démenti que 200 personnes soient mortes.", "200", "ministry", "denied"],
  ["Jeudi, l'Insee a surpris en révélant que le déficit atteint 5,8 % du PIB.", "5,8 %", "Insee", "stated"],
  ["Le bilan s'établit à 74 morts, a annoncé vendredi le ministère de l'Intérieur.", "74", "Interior Ministry", "stated"],
];

test("fr: source and modality of a figure", () => {
  assert.deepEqual(sourceTableFailures(ROWS, "fr"), []);
});

test("fr: a source does not carry into the next paragraph", () => {
  const body = "Selon la police, 30 manifestants ont été interpellés.\n\nLe cortège comptait 5 000 personnes.";
  const claim = claimsOf(body, "fr").find((c) => c.mention === "5 000");
  assert.equal(claim?.source, null);
});
