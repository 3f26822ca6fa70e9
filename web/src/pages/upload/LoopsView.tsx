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
  const { m, number, percent, ratio } = useI18n();
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
  const arrow = ` ${m("web.units.arrow")} `;
  const loopText = (nodes: readonly string[]) => [...nodes, nodes[0]].join(arrow);
  const shown = found.loops.slice(0, SHOWN);
  const loopHeader = [m("cli.loop"), m("report.loops.bottleneck"), m("web.upload.total")];
  const nodes = tracing.ok
    ? tracing.result.nodes.filter((n) => n.throughput > 0).sort((a, b) => b.selfShare - a.selfShare)
    : [];

  return (
    <div className="stress-result" data-panel="loops">
      <p className="hint" data-figure="edges">
        {m("web.upload.edges", {
          rows: rows,
          nodes: edges.nodeIds.length,
          edges: edges.src.length,
        })}{" "}
        {selfLoops > 0 ? m("web.upload.selfLoops", { count: selfLoops }) : ""}
      </p>
      <label className="field" style={{ maxInlineSize: "14rem" }}>
        {m("web.upload.maxLength")}
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
          ? m("web.upload.noLoops")
          : m("web.upload.loopsFound", { found: number(found.loops.length, 0), max: number(maxLength, 0) })}
        {found.truncated
          ? ` ${m("web.upload.loopsTruncated", { found: number(found.loops.length, 0) })}`
          : ""}
      </p>
      {shown.length > 0 ? (
        <table className="table compact" data-table="loops">
          <caption>
            {m("cli.loop")}{" "}
            <CsvButton
              name={m("cli.loop")}
              fileName="halqa-loops"
              origin="upload"
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
      <h2>{m("report.circularity.title")}</h2>
      {!tracing.ok ? (
        <p className="status">
          {tracing.problem.code === "too-large"
            ? m("web.upload.circularityTooLarge", {
                limit: number(Number(tracing.problem.limit), 0),
                nodes: number(Number(tracing.problem.n), 0),
              })
            : tracing.problem.code}
        </p>
      ) : (
        <>
          <p className="lead" data-figure="multiplier">
            {tracing.result.multiplier === null
              ? m("web.circularity.multiplierNone")
              : m("web.upload.multiplier", {
                  value: m("web.units.times", { value: ratio(tracing.result.multiplier) }),
                  flow: number(tracing.result.totalFlow, 2),
                  outside: number(tracing.result.outsideTotal, 2),
                })}
          </p>
          <table className="table compact" data-table="circularity">
            <TableHead columns={[m("cli.node"), m("cli.receipts"), m("web.upload.selfShare")]} />
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
