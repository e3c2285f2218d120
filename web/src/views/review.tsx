import { useState } from "preact/hooks";
import { api, effective, formatNumber, type ClaimCorrection, type StoredClaim } from "../api.ts";

const MODALITIES = ["stated", "unconfirmed", "possible", "denied"] as const;

export function describeCorrection(correction: ClaimCorrection): string {
  const parts: string[] = [];
  if (correction.low !== undefined || correction.high !== undefined) {
    parts.push(`value ${formatNumber(correction.low ?? null)}–${formatNumber(correction.high ?? null)}`);
  }
  for (const field of ["counts", "source", "modality", "track"] as const) {
    if (correction[field] !== undefined) parts.push(`${field} ${correction[field] ?? "none"}`);
  }
  return parts.join(", ");
}

/** The review state of a claim, shown wherever the claim is. */
export function ReviewBadge({ claim }: { claim: StoredClaim }) {
  const review = claim.review;
  if (!review) return null;
  const label = review.action === "confirm" ? "confirmed" : review.action === "correct" ? "corrected" : "rejected";
  return (
    <span class={`review review-${review.action}`} title={`${label} ${review.createdAt}${review.note ? `: ${review.note}` : ""}`}>
      {label}
    </span>
  );
}

function numberOrNull(text: string): number | null | "bad" {
  const clean = text.replace(/[\s\u00a0\u202f,]/g, "");
  if (clean === "") return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : "bad";
}

/** Confirm, correct or reject one claim. */
export function ReviewPanel({ claim, onDone }: { claim: StoredClaim; onDone: () => void }) {
  const now = effective(claim);
  const [mode, setMode] = useState<"idle" | "correct">("idle");
  const [fields, setFields] = useState({
    low: now.low === null ? "" : String(now.low),
    high: now.high === null ? "" : String(now.high),
    counts: now.counts ?? "",
    source: now.source ?? "",
    modality: now.modality,
    track: now.track ?? "",
    note: "",
  });
  const [status, setStatus] = useState<string | null>(null);
  const key = { article: claim.article, in: claim.in, start: claim.start, end: claim.end };

  async function send(action: "confirm" | "reject" | "correct", correction?: ClaimCorrection): Promise<void> {
    setStatus("Saving…");
    try {
      await api.review({ ...key, action, ...(correction ? { correction } : {}), note: fields.note.trim() || null });
      setStatus(`Saved: ${action}.`);
      setMode("idle");
      onDone();
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function submitCorrection(event: Event): void {
    event.preventDefault();
    const low = numberOrNull(fields.low);
    const high = numberOrNull(fields.high);
    if (low === "bad" || high === "bad") return setStatus("Low and high must be numbers.");
    const correction: Record<string, unknown> = {};
    if (low !== now.low) correction.low = low;
    if (high !== now.high) correction.high = high;
    for (const field of ["counts", "source", "track"] as const) {
      const value = fields[field].trim() || null;
      if (value !== now[field]) correction[field] = value;
    }
    if (fields.modality !== now.modality) correction.modality = fields.modality;
    if (Object.keys(correction).length === 0) return setStatus("Nothing changed.");
    void send("correct", correction as ClaimCorrection);
  }

  const input = (name: "low" | "high" | "counts" | "source" | "track", label: string, mode?: "decimal") => (
    <label>
      {label}
      <input name={name} value={fields[name]} inputMode={mode} maxLength={500}
        onInput={(e) => setFields({ ...fields, [name]: (e.target as HTMLInputElement).value })} />
    </label>
  );

  return (
    <div class="review-panel" aria-label="Review this figure" role="group">
      <div class="buttons">
        <button type="button" onClick={() => void send("confirm")}>Confirm</button>
        <button type="button" aria-expanded={mode === "correct"} onClick={() => setMode(mode === "correct" ? "idle" : "correct")}>Correct…</button>
        <button type="button" class="danger" onClick={() => void send("reject")}>Reject</button>
      </div>
      {mode === "correct" && (
        <form class="correct" onSubmit={submitCorrection} aria-label="Correct this figure">
          {input("low", "Low", "decimal")}
          {input("high", "High", "decimal")}
          {input("counts", "Counts")}
          {input("source", "Source")}
          <label>
            Modality
            <select name="modality" value={fields.modality} onChange={(e) => setFields({ ...fields, modality: (e.target as HTMLSelectElement).value as typeof fields.modality })}>
              {MODALITIES.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </label>
          {input("track", "Track")}
          <label class="wide">
            Note
            <input name="note" value={fields.note} maxLength={2000} onInput={(e) => setFields({ ...fields, note: (e.target as HTMLInputElement).value })} />
          </label>
          <button type="submit">Save correction</button>
        </form>
      )}
      {status && <p class="status" role="status">{status}</p>}
    </div>
  );
}
