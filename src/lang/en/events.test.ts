/** @module lang/en/events.test Table tests of the event of a figure, English. */
import { test } from "node:test";
import { equal, ok } from "node:assert/strict";
import { analyse } from "../../core/analyse.js";

type Row = [body: string, mention: string, event: string | null];

const ROWS: Row[] = [
  // Each figure takes the predicate of its own clause, through auxiliaries.
  ["At least 120 fighters sent to the front have been killed and 800 have been injured, officials said.", "At least 120", "killed"],
  ["At least 120 fighters sent to the front have been killed and 800 have been injured, officials said.", "800", "injured"],
  ["The agency counted 95 people who died crossing the desert this year.", "95", "died"],
  ["Some 40 bodies were still pending identification on Friday.", "Some 40", "pending identification"],
  // The verb governing the figure as its object.
  ["The army has incurred 3,100 casualties since the offensive began.", "3,100", "incurred"],
  ["The blaze has grown to more than 52,000 acres overnight.", "more than 52,000 acres", "grown to"],
  ["The company plans to send 600 engineers to the site, including 200 welders and 150 electricians.", "150", "sent"],
  // A light verb yields to the noun it measures.
  ["Overall voter turnout stood at 61.2 per cent, the commission said.", "61.2 per cent", "turnout"],
  // A share or an amount of an event noun.
  ["The reform means £12bn of higher taxes for businesses.", "£12bn", "tax rise"],
  // The counted noun's own event.
  ["Provisional figures show about 9,000 overdose deaths last year.", "about 9,000", "died"],
  // An area with no event of its own.
  ["Its footprint (about 30 square miles) is larger than the city.", "about 30 square miles", "extent"],
];

for (const [body, mention, event] of ROWS) {
  test(`${mention} → ${event} in «${body}»`, () => {
    const claims = analyse({ id: "t", url: null, outlet: null, title: null, published: null, language: "en", body }).claims;
    for (const c of claims) equal(body.slice(c.start, c.end), c.mention);
    const c = claims.find((x) => x.mention === mention);
    ok(c, `no claim «${mention}» among ${claims.map((x) => x.mention).join(", ")}`);
    equal(c.event, event);
  });
}
