/**
 * Overview: the headline figures, the loop map, the largest loops and the checks against the
 * published record. Hovering or focusing a loop in the list highlights it on the map (and names it
 * in the map's data-highlight); a node opens the explorer with that entity selected.
 */
import { useMemo, useState } from "react";
import { NetworkChart } from "../charts/NetworkChart.tsx";
import { Legend } from "../components/Legend.tsx";
import { NetworkTable } from "../components/NetworkTable.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { networkOf } from "../model/network.ts";
import { overviewCountedOf, overviewOf } from "../model/overview.ts";
import { useView } from "../state/use-view.ts";
import { ChecksPanel } from "./ChecksPanel.tsx";
import { LoopList, loopText } from "./LoopList.tsx";
import { LoopsCounted } from "./LoopsCounted.tsx";
import { Figures } from "./overview/Figures.tsx";
import { useAfterPaint } from "./overview/use-after-paint.ts";

const SHOWN_LOOPS = 12;
/** Loops drawn in full colour when nothing is hovered, pinned or selected. */
const TOP_LOOPS = 3;

export default function Overview() {
  const model = useModel();
  const i18n = useI18n();
  const { m, usd, lang } = i18n;
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const data = useMemo(() => overviewOf(model.dataset, view.basis, asOf), [model, view.basis, asOf]);
  const network = useMemo(() => networkOf(model, data.graph, "type-group"), [model, data.graph]);
  const [hover, setHover] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // Below the fold: drawn right after the rest has painted (halqa:first-render is taken before).
  const checksShown = useAfterPaint();
  // What the count counts needs a second loop search (cash only): also after the first paint.
  const counted = useMemo(
    () => (checksShown ? overviewCountedOf(model.dataset, view.basis, asOf, data.loops.length) : undefined),
    [checksShown, model, view.basis, asOf, data.loops.length],
  );
  const active = hover ?? view.loop;
  const name = useMemo(() => (id: string) => entityName(model, id, lang), [model, lang]);
  const loopEntities = useMemo(() => data.loops.map((l) => l.entities), [data.loops]);
  const topLoops = useMemo(() => loopEntities.slice(0, TOP_LOOPS), [loopEntities]);
  const activeLoop = useMemo(() => (active ? active.split(">") : null), [active]);
  const shownLoop = data.loops.find((l) => l.entities.join(">") === active);
  const openEntity = (id: string) => setView({ page: "explorer", entity: id, deal: null });
  const largest = data.loops[0];
  const finding = largest
    ? m("web.findings.loopMap", {
        count: data.loops.length,
        loop: loopText(largest, name, m("web.units.arrow")),
        amount: usd(largest.bottleneck),
      })
    : m("web.findings.loopMapNone");
  const selectedEdges = selected ? network.edges.filter((e) => e.from === selected || e.to === selected) : [];
  const partners = new Set(selectedEdges.map((e) => (e.from === selected ? e.to : e.from)));

  return (
    <article className="page overview">
      <h1>{m("web.overview.heading")}</h1>
      <p className="intro">{m("web.overview.intro")}</p>
      <Figures
        stats={data.stats}
        basis={view.basis}
        multiplier={data.multiplier}
        loopCount={data.loops.length}
      />
      <div className="overview-grid">
        <section aria-labelledby="map-heading" className="map">
          <h2 id="map-heading">{m("web.overview.mapTitle")}</h2>
          <NetworkChart
            network={network}
            chart={{
              name: m("web.overview.mapTitle"),
              finding,
              fileName: "halqa-loop-map",
              label: m("web.overview.mapLabel", {
                nodes: network.nodes.length,
                edges: network.edges.length,
              }),
            }}
            loop={activeLoop}
            topLoops={topLoops}
            selected={selected}
            loops={loopEntities}
            name={name}
            onSelect={(id) => setSelected((s) => (s === id ? null : id))}
            highlight={active ?? ""}
          >
            <NetworkTable
              network={network}
              name={name}
              onSelect={openEntity}
              caption={m("web.overview.mapTitle")}
            />
          </NetworkChart>
          <p className="status" aria-live="polite" data-selected={selected ?? ""}>
            {selected ? (
              <>
                {m("web.map.selected", {
                  name: name(selected),
                  edges: selectedEdges.length,
                  partners: partners.size,
                })}{" "}
                <button type="button" className="link" onClick={() => openEntity(selected)}>
                  {m("web.overview.openInExplorer", { name: name(selected) })}
                </button>{" "}
                <button type="button" className="link" onClick={() => setSelected(null)}>
                  {m("web.map.clear")}
                </button>
              </>
            ) : shownLoop ? (
              m("web.overview.highlighted", { loop: loopText(shownLoop, name, m("web.units.arrow")) })
            ) : topLoops.length > 0 ? (
              m("web.map.topLoops", { count: topLoops.length })
            ) : (
              ""
            )}
          </p>
          <Legend kinds={new Set(network.nodes.map((n) => n.group))} />
        </section>
        <section aria-labelledby="loops-heading" className="loop-panel">
          <h2 id="loops-heading">{m("web.overview.largestLoops")}</h2>
          <p className="hint">{m("web.overview.largestLoopsHelp")}</p>
          <LoopList
            loops={data.loops.slice(0, SHOWN_LOOPS)}
            name={name}
            pinned={view.loop}
            onHover={setHover}
            onPin={(key) => setView({ loop: key })}
          />
          {counted ? <LoopsCounted counted={counted} /> : null}
        </section>
      </div>
      {checksShown ? <ChecksPanel asOf={asOf} /> : <section className="checks" aria-busy="true" />}
    </article>
  );
}
