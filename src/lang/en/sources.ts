/**
 * @module lang/en/sources
 * English sources are kept as written; only the heads that name a document
 * rather than who made it are listed ("a report by the UN", "data from the CDC").
 */

export const sourceTerms: ReadonlyArray<readonly [string, string] | readonly [string, string, "adj"]> = [];

export const sourceLinkers = ["of", "by", "from"];

export const documentHeads = [
  "report", "statement", "note", "count", "tally", "toll", "death toll", "data", "figures", "estimates", "estimate", "document", "study",
  "survey", "poll", "analysis", "assessment", "memo", "briefing", "records", "statistics", "projections", "calculations", "latest figures",
  "provisional data", "official data", "latest data", "new data", "a new report", "findings",
];

/** Endings of a verb that ends a source's name when reading forward ("the ministry issued…"); French names stop at their auxiliary. */
export const verbEndingsInNames: readonly string[] = ["ed"];
