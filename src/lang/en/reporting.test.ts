/** Attribution and modality in English: who a figure is attributed to and how sure the text is. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { claimsOf, sourceTableFailures, type SourceRow } from "../../core/extract/claim-table.js";

const ROWS: readonly SourceRow[] = [
  ["According to the UN, 14 million people have been displaced.", "14 million", "UN", "stated"],
  ["At least 89 people remain missing, the regional authorities said on Tuesday.", "At least 89", "regional authorities", "stated"],
  ["South Korea's spy agency said 300 soldiers had been killed.", "300", "South Korea's spy agency", "stated"],
  ["The Election Commission of India (ECI) said turnout was 65.79 per cent.", "65.79 per cent", "Election Commission of India", "stated"],
  ["Research from US universities estimates the toll at around 130,000.", "around 130,000", "US universities", "stated"],
  ["The death toll rose to 217, the toll said.", "217", null, "stated"],
  ["The company could cut 2,000 jobs next year.", "2,000", null, "possible"],
  ["The rebels reportedly seized 40 tanks.", "40", null, "unconfirmed"],
  ["Moscow denied that 500 soldiers had died.", "500", "Moscow", "denied"],
  ["The ministry issued a statement on Sunday, saying 12 people had died.", "12", "ministry", "stated"],
  // A relative aside between the subject and its verb: the subject is before it, not what follows the verb.
  ["Ukraine's air force, which shot down 70 of them, said Moscow also fired six missiles.", "six", "Ukraine's air force", "stated"],
  ["The governor, who visited the site on Monday, said 14 homes were destroyed.", "14", "governor", "stated"],
];

test("en: source and modality of a figure", () => {
  assert.deepEqual(sourceTableFailures(ROWS, "en"), []);
});

test("en: a quotation keeps its speaker across paragraphs", () => {
  const body = 'Minister Ana Ruiz said the state had acted fast. "We rebuilt 40 bridges in a month.\n\nWe will rebuild 60 more by June," she said.';
  const claim = claimsOf(body, "en").find((c) => c.mention === "60");
  assert.ok(claim?.source?.includes("Ana Ruiz"), `source ${claim?.source}`);
});
