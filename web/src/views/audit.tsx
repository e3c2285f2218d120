import { api, claimRef, formatRange, type AuditEntry } from "../api.ts";
import { articleHref, useLoad } from "../router.ts";
import { describeCorrection } from "./review.tsx";

/** Every review a person made, newest first. */
export function AuditView() {
  const { data, error } = useLoad("audit", () => api.reviews({ limit: 500 }));
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit of reviews</h1>
      <p class="lede">Every confirmation, correction and rejection, with its time. The latest review of a claim is the one that counts.</p>
      {error && <p role="alert">{error}</p>}
      {data && data.items.length === 0 && <p>No claim has been reviewed yet.</p>}
      {data && data.items.length > 0 && (
        <div class="table-wrap">
          <table data-testid="audit">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Figure</th>
                <th scope="col">Change</th>
                <th scope="col">Note</th>
                <th scope="col">Article</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map(({ review, claim, title }: AuditEntry) => (
                <tr key={review.id}>
                  <td><time dateTime={review.createdAt}>{review.createdAt.replace("T", " ").slice(0, 19)}</time></td>
                  <td><span class={`review review-${review.action}`}>{review.action}</span></td>
                  <td>{claim ? `${claim.mention} (${formatRange(claim.low, claim.high)} ${claim.counts ?? ""})` : "no longer extracted"}</td>
                  <td>{review.correction ? describeCorrection(review.correction) : "—"}</td>
                  <td>{review.note ?? ""}{review.reviewer ? ` — ${review.reviewer}` : ""}</td>
                  <td><a href={articleHref(review.article, claimRef(review))}>{title ?? review.article}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
