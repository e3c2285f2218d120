import { api, formatRange, type SparkPoint, type TrackItem } from "../api.ts";
import { trackHref, useLoad } from "../router.ts";

/** A small chart of a track's estimates over time: a bar per range, a dot per exact value. */
export function Sparkline({ points, label }: { points: readonly SparkPoint[]; label: string }) {
  const width = 120;
  const height = 28;
  const values = points.flatMap((p) => [p.low, p.high]).filter((v): v is number => v !== null);
  const times = points.map((p) => Date.parse(p.date)).filter((t) => !Number.isNaN(t));
  if (values.length === 0 || times.length === 0) return <span class="muted">—</span>;
  const [minV, maxV] = [Math.min(0, ...values), Math.max(...values)];
  const [minT, maxT] = [Math.min(...times), Math.max(...times)];
  const x = (t: number) => (maxT === minT ? width / 2 : 4 + ((t - minT) / (maxT - minT)) * (width - 8));
  const y = (v: number) => (maxV === minV ? height / 2 : height - 3 - ((v - minV) / (maxV - minV)) * (height - 6));
  return (
    <svg class="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`estimates of ${label} over time`}>
      {points.map((p, i) => {
        const t = Date.parse(p.date);
        if (Number.isNaN(t) || (p.low === null && p.high === null)) return null;
        const low = p.low ?? p.high!;
        const high = p.high ?? p.low!;
        return low === high ? (
          <circle key={i} cx={x(t)} cy={y(low)} r={2.5} />
        ) : (
          <line key={i} x1={x(t)} x2={x(t)} y1={y(low)} y2={y(high)} stroke-width={3} />
        );
      })}
    </svg>
  );
}

export function HomeView() {
  const { data, error } = useLoad("tracks", () => api.tracks({ limit: 200 }));
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Tracked figures</h1>
      <p class="lede">Each tracked figure groups the claims that estimate the same quantity, across articles and languages.</p>
      {error && <p role="alert">Could not load the tracked figures: {error}</p>}
      {data === null && !error && <p aria-live="polite">Loading…</p>}
      {data && data.items.length === 0 && <p>No tracked figure yet: ingest some articles (<code>tally ingest</code>).</p>}
      {data && data.items.length > 0 && (
        <div class="table-wrap">
          <table class="tracks" data-testid="tracks">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col" class="num">Latest range</th>
                <th scope="col" class="num">Sources</th>
                <th scope="col" class="num">Claims</th>
                <th scope="col">Over time</th>
                <th scope="col">Last</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((track: TrackItem) => (
                <tr key={track.id}>
                  <th scope="row">
                    <a href={trackHref(track.id)}>{track.label}</a>
                    {track.scope && <span class="tag">{track.scope}</span>}
                  </th>
                  <td class="num">{formatRange(track.low, track.high)}</td>
                  <td class="num">{track.sources}</td>
                  <td class="num">{track.claims}</td>
                  <td><Sparkline points={track.spark} label={track.label} /></td>
                  <td>{track.last ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
