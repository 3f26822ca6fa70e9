/**
 * One company traced: the loops that bring its own money back (each with what comes back and the
 * bottleneck), then each mixing origin with the chains that carry it, so a reader can judge whether
 * "x% from OpenAI" is one story or unrelated contracts joined at a middleman.
 */
import type { AttributedNode } from "@core/circularity/index.ts";
import type { LoopStep } from "@core/reports/circularity-report.ts";
import { TableHead } from "../components/TableHead.tsx";
import { useI18n } from "../i18n/index.ts";

type Props = {
  nodes: AttributedNode[];
  /** The payment steps of the listed loops, with their deals. */
  steps: LoopStep[];
  deal: (id: string) => string;
  entity: string | null;
  onPick: (id: string) => void;
  name: (id: string) => string;
};

/** Chains under a tenth of a percent of receipts are left out after the first of each origin. */
const CHAIN_FLOOR = 0.001;

export function CircularityTrace({ nodes, steps, deal, entity, onPick, name }: Props) {
  const { m, usd, percent, number } = useI18n();
  const node = nodes.find((n) => n.id === entity) ?? nodes[0];
  if (!node) return null;
  const chain = (ids: string[]) => ids.map(name).join(` ${m("web.units.arrow")} `);
  const onLoops = new Set(
    node.loops.top.flatMap((l) => l.path.map((from, k) => `${from}>${l.path[(k + 1) % l.path.length]}`)),
  );
  const ownSteps = steps.filter((s) => onLoops.has(`${s.from}>${s.to}`));
  return (
    <section aria-labelledby="trace-heading">
      <h2 id="trace-heading">{m("web.circularity.traceHeading")}</h2>
      <label>
        {m("report.market.company")}{" "}
        <select value={node.id} onChange={(e) => onPick(e.target.value)} data-control="trace-entity">
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {name(n.id)}
            </option>
          ))}
        </select>
      </label>
      <p className="lead" data-figure="trace-summary">
        {m("web.circularity.traceSummary", {
          entity: name(node.id),
          receipts: usd(node.throughput),
          loops: percent(node.loops.share),
          amount: usd(node.loops.amount),
          mixing: percent(node.selfShare),
          outside: percent(node.outsideShare),
        })}
      </p>
      {node.loops.count === 0 ? (
        <p className="hint">{m("cli.onNoLoop")}</p>
      ) : (
        <table className="table compact" data-table="trace-loops">
          <caption>
            {m("web.circularity.loopsCaption")} ({number(node.loops.count, 0)})
          </caption>
          <TableHead
            columns={[
              m("cli.loop"),
              m("cli.comesBack"),
              m("report.ratios.share"),
              m("report.loops.bottleneck"),
            ]}
          />
          <tbody>
            {node.loops.top.map((l) => (
              <tr key={l.path.join(">")}>
                <td className="loop-path">{chain([...l.path, node.id])}</td>
                <td className="num">{usd(l.amount)}</td>
                <td className="num">{percent(l.share)}</td>
                <td className="num">{usd(l.bottleneck)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ownSteps.length > 0 ? (
        <details data-list="loop-deals">
          <summary>{m("report.circularity.loopDeals")}</summary>
          <ul>
            {ownSteps.map((s) => (
              <li key={`${s.from}>${s.to}`}>
                <span className="loop-path">{chain([s.from, s.to])}</span> {usd(s.amount)}:{" "}
                {s.deals.map((d) => `${deal(d.deal)} (${usd(d.amount)})`).join("; ")}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {node.origins.length > 0 ? (
        <>
          <p className="hint">{m("web.circularity.originsHint")}</p>
          <table className="table compact" data-table="trace-origins">
            <caption>{m("cli.originsTitle")}</caption>
            <TableHead
              columns={[
                m("report.common.from"),
                m("report.circularity.mixingShare"),
                m("cli.tracedShare"),
                m("cli.chain"),
                m("cli.chainShare"),
              ]}
            />
            <tbody>
              {node.origins.flatMap((o) => {
                const paths = o.paths.filter((p, k) => k === 0 || p.share >= CHAIN_FLOOR);
                const rows = paths.length > 0 ? paths : [null];
                return rows.map((p, k) => (
                  <tr key={`${o.origin}|${p?.path.join(">") ?? ""}`}>
                    {k === 0 ? (
                      <>
                        <th scope="row" rowSpan={rows.length}>
                          {name(o.origin)}
                        </th>
                        <td className="num" rowSpan={rows.length}>
                          {percent(o.share)}
                        </td>
                        <td className="num" rowSpan={rows.length}>
                          {o.traced === null ? "—" : percent(o.traced)}
                        </td>
                      </>
                    ) : null}
                    <td className="loop-path">{p ? chain(p.path) : ""}</td>
                    <td className="num">{p ? percent(p.share) : ""}</td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
