/**
 * Overview: the headline figures, the loop map, the largest loops and the checks against the
 * published record. Hovering or focusing a loop in the list highlights it on the map (and names it
 * in the map's data-highlight); a node opens the explorer with that entity selected.
 */
import { useMemo, useState } from "react";
import { Chart, type ChartClick } from "../charts/Chart.tsx";
import { networkOption } from "../charts/network-option.ts";
import { Legend } from "../components/Legend.tsx";
import { NetworkTable } from "../components/NetworkTable.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { networkOf } from "../model/network.ts";
import { overviewOf } from "../model/overview.ts";
import { useView } from "../state/use-view.ts";
import { ChecksPanel } from "./ChecksPanel.tsx";
import { LoopList, loopText } from "./LoopList.tsx";
import { Figures } from "./overview/Figures.tsx";

const SHOWN_LOOPS = 12;

export default function Overview() {
  const model = useModel();
  const i18n = useI18n();
  const { m, lang } = i18n;
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const data = useMemo(() => overviewOf(model.dataset, view.basis, asOf), [model, view.basis, asOf]);
  const network = useMemo(() => networkOf(model, data.graph, "type-group"), [model, data.graph]);
  const [hover, setHover] = useState<string | null>(null);
  const active = hover ?? view.loop;
  const name = useMemo(() => (id: string) => entityName(model, id, lang), [model, lang]);
  const option = useMemo(
    () => networkOption(network, { loop: active ? active.split(">") : null, name, i18n }),
    [network, active, name, i18n],
  );
  const shownLoop = data.loops.find((l) => l.entities.join(">") === active);
  const openEntity = (id: string) => setView({ page: "explorer", entity: id, deal: null });
  const onClick = (event: ChartClick) => {
    const id = (event.data as { id?: string } | undefined)?.id;
    if (event.dataType === "node" && id && !id.startsWith("group:")) openEntity(id);
  };

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
          <Chart
            name={m("web.overview.mapTitle")}
            fileName="halqa-loop-map"
            label={m("web.overview.mapLabel", {
              nodes: network.nodes.length,
              edges: network.edges.length,
            })}
            option={option}
            height={620}
            aspect={1.25}
            onClick={onClick}
            highlight={active ?? ""}
          >
            <NetworkTable
              network={network}
              name={name}
              onSelect={openEntity}
              caption={m("web.overview.mapTitle")}
            />
          </Chart>
          <p className="status" aria-live="polite">
            {shownLoop
              ? m("web.overview.highlighted", { loop: loopText(shownLoop, name, m("web.units.arrow")) })
              : ""}
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
        </section>
      </div>
      <ChecksPanel asOf={asOf} />
    </article>
  );
}
