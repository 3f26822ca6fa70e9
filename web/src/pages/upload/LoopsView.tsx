/**
 * A reader's edge list, in the browser: its loops (the same kernels as `halqa loops --graph`), the
 * longest loop chosen by the reader, largest bottleneck first, and its circularity (proportional flow
 * tracing: each node's own money coming back, the round-trip multiplier).
 */
import { CircularityError, traceFlows } from "@core/circularity/index.ts";
import type { EdgeList } from "@core/graph/edge-list.ts";
import { findGraphLoops } from "@core/loops/graph-loops.ts";
import { useMemo, useState } from "react";
import { CsvButton } from "../../components/CsvButton.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { useI18n } from "../../i18n/index.ts";

/** Loops listed on the page; the count covers all of them. */
const SHOWN = 100;
/** The search stops here: a dense graph has more loops than a page can list or a browser compute. */
const CAP = 20_000;
const LENGTHS = [2, 3, 4, 5, 6, 7, 8] as const;

type Props = { edges: EdgeList; rows: number; selfLoops: number };

export function LoopsView({ edges, rows, selfLoops }: Props) {
  const { t, fill, number, percent, ratio, lang } = useI18n();
  const [maxLength, setMaxLength] = useState(6);
  const found = useMemo(() => findGraphLoops(edges, { maxLength, cap: CAP }), [edges, maxLength]);
  const tracing = useMemo(() => {
    try {
      return { ok: true as const, result: traceFlows(edges) };
    } catch (error) {
      if (error instanceof CircularityError) return { ok: false as const, problem: error.problem };
      throw error;
    }
  }, [edges]);
  const arrow = lang === "ar" ? " ← " : " → ";
  const loopText = (nodes: readonly string[]) => [...nodes, nodes[0]].join(arrow);
  const shown = found.loops.slice(0, SHOWN);
  const loopHeader = [t.upload.loop, t.upload.bottleneck, t.upload.total];
  const nodes = tracing.ok
    ? tracing.result.nodes.filter((n) => n.throughput > 0).sort((a, b) => b.selfShare - a.selfShare)
    : [];

  return (
    <div className="stress-result" data-panel="loops">
      <p className="hint" data-figure="edges">
        {fill(t.upload.edges, {
          rows: number(rows, 0),
          nodes: number(edges.nodeIds.length, 0),
          edges: number(edges.src.length, 0),
        })}{" "}
        {selfLoops > 0 ? fill(t.upload.selfLoops, { count: number(selfLoops, 0) }) : ""}
      </p>
      <label className="field" style={{ maxInlineSize: "14rem" }}>
        {t.upload.maxLength}
        <select
          data-control="max-length"
          value={maxLength}
          onChange={(e) => setMaxLength(Number(e.target.value))}
        >
          {LENGTHS.map((n) => (
            <option key={n} value={n}>
              {number(n, 0)}
            </option>
          ))}
        </select>
      </label>
      <p className="status" data-figure="loops" data-found={found.loops.length}>
        {found.loops.length === 0
          ? t.upload.noLoops
          : fill(t.upload.loopsFound, { found: number(found.loops.length, 0), max: number(maxLength, 0) })}
        {found.truncated ? ` ${fill(t.upload.loopsTruncated, { found: number(found.loops.length, 0) })}` : ""}
      </p>
      {shown.length > 0 ? (
        <table className="table compact" data-table="loops">
          <caption>
            {t.upload.loop}{" "}
            <CsvButton
              name={t.upload.loop}
              fileName="halqa-loops"
              header={loopHeader}
              rows={() => found.loops.map((l) => [l.nodes.join(" > "), l.bottleneck, l.total])}
            />
          </caption>
          <TableHead columns={loopHeader} />
          <tbody>
            {shown.map((l) => (
              <tr key={l.nodes.join(">")} data-loop={l.nodes.join(">")}>
                <th scope="row">{loopText(l.nodes)}</th>
                <td className="num">{number(l.bottleneck, 2)}</td>
                <td className="num">{number(l.total, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>{t.upload.circularity}</h2>
      {!tracing.ok ? (
        <p className="status">
          {tracing.problem.code === "too-large"
            ? fill(t.upload.circularityTooLarge, {
                limit: number(Number(tracing.problem.limit), 0),
                nodes: number(Number(tracing.problem.n), 0),
              })
            : tracing.problem.code}
        </p>
      ) : (
        <>
          <p className="lead" data-figure="multiplier">
            {tracing.result.multiplier === null
              ? t.circularity.multiplierNone
              : fill(t.upload.multiplier, {
                  value: fill(t.units.times, { value: ratio(tracing.result.multiplier) }),
                  flow: number(tracing.result.totalFlow, 2),
                  outside: number(tracing.result.outsideTotal, 2),
                })}
          </p>
          <table className="table compact" data-table="circularity">
            <TableHead columns={[t.upload.node, t.upload.throughput, t.upload.selfShare]} />
            <tbody>
              {nodes.slice(0, SHOWN).map((n) => (
                <tr key={n.id}>
                  <th scope="row">{n.id}</th>
                  <td className="num">{number(n.throughput, 2)}</td>
                  <td className="num">{percent(n.selfShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
