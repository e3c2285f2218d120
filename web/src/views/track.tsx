import { useEffect, useState } from "preact/hooks";
import { api, claimRef, effective, formatRange, type Contradiction, type TimelineEntry } from "../api.ts";
import { articleHref, trackHref, useLoad } from "../router.ts";
import { EstimatesChart, sourceOf } from "./chart.tsx";
import { ReviewBadge } from "./review.tsx";

function Value({ entry }: { entry: TimelineEntry }) {
  const e = effective(entry.claim);
  const original = formatRange(entry.claim.low, entry.claim.high);
  const now = formatRange(e.low, e.high);
  return original === now ? <>{now}</> : <><del>{original}</del> <ins>{now}</ins></>;
}

function Side({ entry }: { entry: TimelineEntry }) {
  return (
    <div class="side">
      <div class="value"><Value entry={entry} /> <ReviewBadge claim={entry.claim} /></div>
      <div class="meta">{entry.date ?? "undated"} · {sourceOf(entry)}{entry.carrier ? ` via ${entry.carrier}` : ""} · {effective(entry.claim).modality}</div>
      <blockquote lang={entry.claim.language ?? undefined}>{entry.claim.sentenceText}</blockquote>
      <a href={articleHref(entry.claim.article, claimRef(entry.claim))}>Open the sentence</a>
    </div>
  );
}

function Contradictions({ items }: { items: readonly Contradiction[] }) {
  if (items.length === 0) return <p class="muted">No contradiction found.</p>;
  return (
    <ul class="contradictions">
      {items.map((c, i) => (
        <li key={i}>
          <p>{c.reason}</p>
          <div class="pair"><Side entry={c.a} /><Side entry={c.b} /></div>
        </li>
      ))}
    </ul>
  );
}

export function TrackView({ id, asOf }: { id: string; asOf: string | null }) {
  const { data, error, reload } = useLoad(`track:${id}:${asOf ?? ""}`, () => api.timeline(id, asOf));
  // The dates the slider moves over come from the whole timeline.
  const all = useLoad(`track-all:${id}`, () => api.timeline(id, null));
  const dates = [...new Set((all.data?.entries ?? []).map((e) => e.date?.slice(0, 10)).filter((d): d is string => !!d))].sort();
  const [slider, setSlider] = useState<number>(dates.length);
  useEffect(() => {
    const index = asOf === null ? dates.length : dates.findIndex((d) => d >= asOf);
    setSlider(index < 0 ? dates.length : index);
  }, [asOf, dates.length]);

  if (error) return <p role="alert">Could not load this tracked figure: {error}</p>;
  if (!data || data.track.id !== id) return <p aria-live="polite">Loading…</p>;
  const { track, entries, corroboration, contradictions } = data;
  const shownDate = slider >= dates.length ? "today (everything)" : dates[slider];

  return (
    <section class="track-view" aria-labelledby="track-title">
      <h1 id="track-title">{track.label}</h1>
      <p class="meta">
        {[track.counts, track.subject, track.event, track.scope].filter(Boolean).join(" · ")} · {track.claims} claims in {track.articles} articles ·{" "}
        {track.first ?? "?"} to {track.last ?? "?"}
      </p>
      <div class="summary">
        <div><span class="big">{formatRange(track.low, track.high)}</span><span class="muted">latest range</span></div>
        <div data-testid="corroboration">
          <span class="big">{corroboration.count}</span>
          <span class="muted">independent source{corroboration.count === 1 ? "" : "s"} agree{corroboration.sources.length > 0 ? `: ${corroboration.sources.join(", ")}` : ""}</span>
        </div>
        <div><span class="big">{track.sources}</span><span class="muted">original sources</span></div>
        <div><span class="big">{contradictions.length}</span><span class="muted">contradictions</span></div>
      </div>
      {track.related.length > 0 && (
        <p>Related: {track.related.map((r, i) => <span key={r.id}>{i > 0 && ", "}<a href={trackHref(r.id)}>{r.label}</a> ({r.relation.replace("_", " ")})</span>)}</p>
      )}
      {dates.length > 0 && (
        <div class="as-of">
          <label for="as-of">As of: <strong>{shownDate}</strong></label>
          <input id="as-of" type="range" min={0} max={dates.length} step={1} value={slider}
            aria-valuetext={shownDate}
            onInput={(e) => setSlider(Number((e.target as HTMLInputElement).value))}
            onChange={(e) => {
              const i = Number((e.target as HTMLInputElement).value);
              location.hash = trackHref(id, i >= dates.length ? null : dates[i]);
            }} />
        </div>
      )}
      <h2>Estimates over time</h2>
      <EstimatesChart entries={entries} counts={track.counts} />
      <h2>Claims</h2>
      <div class="table-wrap">
        <table data-testid="claims">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" class="num">Value</th>
              <th scope="col">Figure</th>
              <th scope="col">Source</th>
              <th scope="col">Carrier / outlet</th>
              <th scope="col">Modality</th>
              <th scope="col">Lang.</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const e = effective(entry.claim);
              return (
                <tr key={`${entry.claim.article}:${claimRef(entry.claim)}`} class={e.rejected ? "rejected" : undefined} data-ref={claimRef(entry.claim)}>
                  <td>{entry.date ?? "undated"}{entry.dateFrom === "text" && <span class="muted" title="the date the text gives"> (text)</span>}</td>
                  <td class="num"><Value entry={entry} /></td>
                  <td><a href={articleHref(entry.claim.article, claimRef(entry.claim))}>{entry.claim.mention}</a></td>
                  <td>{sourceOf(entry)}</td>
                  <td>{[entry.carrier, ...entry.outlets.filter((o) => o !== entry.carrier)].filter(Boolean).join(", ") || "—"}</td>
                  <td>{e.modality}</td>
                  <td>{entry.claim.language ?? "?"}</td>
                  <td><ReviewBadge claim={entry.claim} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>Contradictions</h2>
      <Contradictions items={contradictions} />
      <p><button type="button" onClick={reload}>Reload</button></p>
    </section>
  );
}
