import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Modality, Qualifier } from "../types.js";
import { compatible, contradictionsOf, corroborationOf, latestBySource, type Estimate } from "./estimates.js";

function est(ref: string, low: number | null, high: number | null, qualifier: Qualifier, source: string, date: string | null, modality: Modality = "stated"): Estimate<string> {
  return { ref, low, high, qualifier, source, date, modality };
}

describe("estimates of one figure", () => {
  it("agree when the intervals their words allow overlap", () => {
    assert.ok(compatible(est("a", 12000, 12000, "approx", "A", null), est("b", null, 12000, "up_to", "B", null)));
    assert.ok(compatible(est("a", 10000, 10000, "exact", "A", null), est("b", 12000, 12000, "exact", "B", null)), "round figures are roundings");
    assert.ok(!compatible(est("a", 1500, 1500, "approx", "A", null), est("b", 12000, 12000, "exact", "B", null)));
  });

  it("flag a clash between sources close in time, not a compatible pair, nor a count that grew", () => {
    const clash = [est("nis", 1500, 1500, "approx", "NIS", "2024-10-18"), est("kyiv", 12000, 12000, "exact", "Ukrainian intelligence", "2024-10-20")];
    assert.deepEqual(contradictionsOf(clash).map((c) => [c.a, c.b]), [["nis", "kyiv"]]);
    const agree = [est("a", 11000, 12000, "range", "CNN", "2024-10-18"), est("b", 12000, 12000, "approx", "NIS", "2024-10-20")];
    assert.equal(contradictionsOf(agree).length, 0);
    const grew = [est("a", 1500, 1500, "approx", "NIS", "2024-10-18"), est("b", 12000, 12000, "exact", "Pentagon", "2025-01-20")];
    assert.equal(contradictionsOf(grew).length, 0);
    const possible = [est("a", 1500, 1500, "approx", "NIS", "2024-10-18"), est("b", 100000, 100000, "exact", "experts", "2024-10-19", "possible")];
    assert.equal(contradictionsOf(possible).length, 0);
  });

  it("count each independent source once, at its latest estimate", () => {
    const list = [
      est("a1", 1500, 1500, "approx", "NIS", "2024-10-18"),
      est("a2", 12000, 12000, "exact", "NIS", "2024-11-01"),
      est("b", 11000, 12000, "range", "CNN", "2024-11-02"),
      est("c", 10000, 10000, "exact", "US intelligence", "2024-11-03"),
    ];
    assert.deepEqual(latestBySource(list).map((e) => e.ref), ["a2", "b", "c"]);
    assert.deepEqual(corroborationOf(list), { sources: ["CNN", "NIS", "US intelligence"], count: 3 });
  });
});
