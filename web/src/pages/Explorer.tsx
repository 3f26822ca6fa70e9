/**
 * Network explorer: the filters, the deal network they leave (one edge per deal and direction,
 * recomputed in the browser as a filter moves), and a panel for the selected entity or deal.
 */
import { moneyGraph } from "@core/network/money-graph.ts";
import { useMemo, useState } from "react";
import { NetworkChart } from "../charts/NetworkChart.tsx";
import { Filters } from "../components/Filters.tsx";
import { Legend } from "../components/Legend.tsx";
import { NetworkTable } from "../components/NetworkTable.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { entityInfo } from "../model/entity-info.ts";
import { filterDeals, todayIso } from "../model/filter.ts";
import { networkOf } from "../model/network.ts";
import { useView } from "../state/use-view.ts";
import { DealPanel } from "./DealPanel.tsx";
import { EntityPanel } from "./EntityPanel.tsx";

export default function Explorer() {
  const model = useModel();
  const i18n = useI18n();
  const { m, lang } = i18n;
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const filtered = useMemo(
    () =>
      filterDeals(model.dataset, {
        asOf,
        types: view.types,
        statuses: view.statuses,
        from: view.from,
        to: view.to,
      }),
    [model, asOf, view.types, view.statuses, view.from, view.to],
  );
  const graph = useMemo(
    () => moneyGraph(filtered, { basis: view.basis, asOf, minAmount: view.min }),
    [filtered, view.basis, asOf, view.min],
  );
  const network = useMemo(() => networkOf(model, graph, "deal"), [model, graph]);
  const name = useMemo(() => (id: string) => entityName(model, id, lang), [model, lang]);
  const [loopHover, setLoopHover] = useState<string | null>(null);
  const highlighted = loopHover ?? view.loop;
  const entity = view.entity !== null && model.entities.has(view.entity) ? view.entity : null;
  const deal = view.deal !== null ? model.deals.get(view.deal) : undefined;
  const info = useMemo(
    () =>
      entity === null
        ? null
        : entityInfo(filtered, graph, entity, { basis: view.basis, asOf, minAmount: view.min }),
    [filtered, graph, entity, view.basis, asOf, view.min],
  );
  const loop = useMemo(() => (highlighted ? highlighted.split(">") : null), [highlighted]);
  const selectEntity = (id: string) => setView({ entity: id, deal: null });
  const dealCount = new Set(graph.edges.map((e) => e.deal)).size;
  const largest = network.edges.reduce<(typeof network.edges)[number] | null>(
    (b, e) => (b === null || e.amount > b.amount ? e : b),
    null,
  );
  const entities = [...model.dataset.entities].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));

  return (
    <article className="page explorer">
      <h1>{m("web.explorer.heading")}</h1>
      <p className="intro">{m("web.explorer.intro")}</p>
      <Filters view={view} setView={setView} />
      <p className="status" role="status" data-shown={`${dealCount}/${network.edges.length}`}>
        {m("web.filters.shown", { deals: dealCount, edges: network.edges.length })}
      </p>
      <div className="explorer-grid">
        <section aria-label={m("web.explorer.heading")}>
          <label className="pick">
            {m("report.market.company")}
            <select
              value={entity ?? ""}
              onChange={(e) => (e.target.value ? selectEntity(e.target.value) : setView({ entity: null }))}
            >
              <option value="">{m("web.explorer.pickNone")}</option>
              {entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name[lang]}
                </option>
              ))}
            </select>
          </label>
          {network.edges.length === 0 ? <p className="status">{m("web.explorer.empty")}</p> : null}
          <NetworkChart
            network={network}
            chart={{
              name: m("web.explorer.heading"),
              finding: largest
                ? m("web.findings.explorer", {
                    deals: dealCount,
                    nodes: network.nodes.length,
                    from: name(largest.from),
                    to: name(largest.to),
                    amount: i18n.usd(largest.amount),
                  })
                : undefined,
              fileName: "halqa-network",
              label: m("web.explorer.graphLabel", {
                nodes: network.nodes.length,
                edges: network.edges.length,
              }),
            }}
            loop={loop}
            selected={entity}
            name={name}
            onSelect={selectEntity}
            onEdge={(id) => setView({ deal: id.split(">")[2] ?? null })}
            highlight={highlighted ?? ""}
          >
            <NetworkTable
              network={network}
              name={name}
              onSelect={selectEntity}
              caption={m("web.explorer.heading")}
            />
          </NetworkChart>
          <Legend kinds={new Set(network.nodes.map((n) => n.group))} />
        </section>
        <div className="side">
          {deal ? <DealPanel deal={deal} asOf={asOf} onClose={() => setView({ deal: null })} /> : null}
          {entity !== null && info ? (
            <EntityPanel
              id={entity}
              info={info}
              view={view}
              onDeal={(id) => setView({ deal: id })}
              onClose={() => setView({ entity: null })}
              onLoopHover={setLoopHover}
              onLoopPin={(loop) => setView({ loop })}
            />
          ) : null}
        </div>
      </div>
    </article>
  );
}
