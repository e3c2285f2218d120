import { useEffect, useState } from "preact/hooks";
import { api, claimRef, effective, formatRange, type ArticleDetail, type StoredClaim } from "../api.ts";
import { trackHref, useLoad } from "../router.ts";
import { ReviewBadge, ReviewPanel } from "./review.tsx";

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly claim: StoredClaim | null;
  readonly inTarget: boolean;
}

/**
 * Cuts a text at every claim's edges and at the target sentence's edges.
 * Claims that overlap an earlier one are left unmarked (their fields are
 * still listed), so every character is shown exactly once, as text.
 */
export function segments(text: string, claims: readonly StoredClaim[], target: { start: number; end: number } | null): Segment[] {
  const sorted = [...claims].filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end).sort((a, b) => a.start - b.start);
  const marks: StoredClaim[] = [];
  let last = 0;
  for (const claim of sorted) if (claim.start >= last) { marks.push(claim); last = claim.end; }
  const cuts = new Set<number>([0, text.length]);
  for (const claim of marks) { cuts.add(claim.start); cuts.add(claim.end); }
  if (target) { cuts.add(Math.max(0, Math.min(text.length, target.start))); cuts.add(Math.max(0, Math.min(text.length, target.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const claim = marks.find((c) => c.start <= start && end <= c.end) ?? null;
    out.push({ start, end, claim, inTarget: target !== null && start >= target.start && end <= target.end });
  }
  return out;
}

function ClaimText({ text, claims, target, targetRef, onShow }: {
  text: string;
  claims: readonly StoredClaim[];
  target: { start: number; end: number } | null;
  targetRef: string | null;
  onShow: (claim: StoredClaim, pin: boolean) => void;
}) {
  return (
    <>
      {segments(text, claims, target).map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        const cls = segment.inTarget ? "in-target" : undefined;
        if (segment.claim === null) return <span key={segment.start} class={cls}>{piece}</span>;
        const claim = segment.claim;
        const ref = claimRef(claim);
        const e = effective(claim);
        return (
          <mark
            key={segment.start}
            tabIndex={0}
            role="button"
            data-ref={ref}
            class={[
              "figure", cls, ref === targetRef ? "target" : null, e.rejected ? "rejected" : null, e.corrected ? "corrected" : null,
              e.confirmed ? "confirmed" : null, `modality-${e.modality}`,
            ].filter(Boolean).join(" ")}
            aria-label={`${piece}: ${formatRange(e.low, e.high)} ${e.counts ?? ""}, ${e.source ?? "no source"}, ${e.modality}`}
            onMouseEnter={() => onShow(claim, false)}
            onFocus={() => onShow(claim, false)}
            onClick={() => onShow(claim, true)}
            onKeyDown={(event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); onShow(claim, true); } }}
          >
            {piece}
          </mark>
        );
      })}
    </>
  );
}

function Fields({ claim, onReviewed }: { claim: StoredClaim; onReviewed: () => void }) {
  const e = effective(claim);
  const original = formatRange(claim.low, claim.high);
  const now = formatRange(e.low, e.high);
  const row = (label: string, value: preact.ComponentChildren) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  const changed = (field: "counts" | "source" | "modality" | "track") =>
    claim[field] !== e[field] ? <><del>{claim[field] ?? "none"}</del> {e[field] ?? "none"}</> : (e[field] ?? "—");
  return (
    <div class="fields" data-testid="claim-fields">
      <h2>“{claim.mention}” <ReviewBadge claim={claim} /></h2>
      <dl>
        {row("Value", original === now ? now : <><del>{original}</del> {now}</>)}
        {row("Qualifier", claim.qualifier)}
        {row("Counts", changed("counts"))}
        {row("Whose", claim.subject ?? "—")}
        {row("Event", claim.event ?? "—")}
        {row("Source", changed("source"))}
        {row("Modality", changed("modality"))}
        {row("Track", e.track ? <a href={trackHref(e.track)}>{e.track}</a> : "—")}
        {row("In", `${claim.in}, characters ${claim.start}–${claim.end}`)}
        {claim.review && row("Review", `${claim.review.action} at ${claim.review.createdAt}${claim.review.note ? ` — ${claim.review.note}` : ""}`)}
      </dl>
      <ReviewPanel key={`${claimRef(claim)}:${claim.review?.id ?? 0}`} claim={claim} onDone={onReviewed} />
    </div>
  );
}

export function ArticleView({ id, claimRef: targetRef }: { id: string; claimRef: string | null }) {
  const { data, error, reload } = useLoad<ArticleDetail>(`article:${id}`, () => api.article(id));
  const [shown, setShown] = useState<{ ref: string; pinned: boolean } | null>(targetRef ? { ref: targetRef, pinned: true } : null);
  useEffect(() => setShown(targetRef ? { ref: targetRef, pinned: true } : null), [id, targetRef]);

  const detail = data && data.article.id === id ? data : null;
  const target = detail?.claims.find((c) => claimRef(c) === targetRef) ?? null;

  useEffect(() => {
    if (!detail || !targetRef) return;
    const element = document.querySelector<HTMLElement>(`mark[data-ref="${CSS.escape(targetRef)}"]`);
    if (element) {
      element.scrollIntoView({ block: "center" });
      element.focus({ preventScroll: true });
    }
  }, [detail?.article.id, targetRef]);

  if (error) return <p role="alert">Could not load the article: {error}</p>;
  if (!detail) return <p aria-live="polite">Loading…</p>;

  const show = (claim: StoredClaim, pin: boolean): void => {
    if (!pin && shown?.pinned) return; // hovering does not replace a chosen figure
    setShown({ ref: claimRef(claim), pinned: pin });
  };
  const current = detail.claims.find((c) => claimRef(c) === shown?.ref) ?? null;
  const titleClaims = detail.claims.filter((c) => c.in === "title");
  const bodyClaims = detail.claims.filter((c) => c.in === "body");
  const a = detail.article;

  return (
    <article class="article-view" lang={a.language ?? undefined}>
      <div class="article-text">
        <h1>
          {a.title ? (
            <ClaimText text={a.title} claims={titleClaims} target={target?.in === "title" ? target.sentence : null} targetRef={targetRef} onShow={show} />
          ) : a.id}
        </h1>
        <p class="meta">
          {a.published ?? "undated"} · {a.outlets.join(", ") || "no outlet"} · {a.language ?? "?"} · {detail.claims.length} figures
          {a.url && <> · <span class="url">{a.url}</span></>}
        </p>
        <div class="body" data-testid="article-body">
          <ClaimText text={detail.body} claims={bodyClaims} target={target?.in === "body" ? target.sentence : null} targetRef={targetRef} onShow={show} />
        </div>
      </div>
      <aside class="article-side" aria-live="polite">
        {current ? <Fields claim={current} onReviewed={reload} /> : <p class="muted">Hover, focus or click a highlighted figure to see its fields and review it.</p>}
      </aside>
    </article>
  );
}
