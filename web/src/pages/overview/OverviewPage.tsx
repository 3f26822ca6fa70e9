/**
 * The overview in two steps, so that a cold load paints its words and money figures first: the
 * summary is quick, but the loop search, the multiplier's trace and the loop map take a few hundred
 * milliseconds of the main thread between them. The first paint shows the heading and the figures
 * from the summary, with the loop figures busy and a box the size of the map; right after that paint
 * the full page replaces it (the same figures in the same place). Later visits render in full at once.
 * The summary itself usually comes computed by the server (web/src/data/served-summary.ts).
 */
import { useEffect, useState } from "react";
import { useHoldFirstRender } from "../../app/FirstRender.tsx";
import { servedSummary } from "../../data/served-summary.ts";
import { useModel } from "../../data/use-model.ts";
import { useI18n } from "../../i18n/index.ts";
import { todayIso } from "../../model/filter.ts";
import { overviewStatsOf } from "../../model/overview.ts";
import { useView } from "../../state/use-view.ts";
import Overview from "../Overview.tsx";
import { Figures } from "./Figures.tsx";

let drawn = false;

export default function OverviewPage() {
  const [full, setFull] = useState(drawn);
  useHoldFirstRender(!full);
  useEffect(() => {
    if (full) {
      drawn = true;
      return;
    }
    // After the browser has painted the first step, not merely after React committed it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setFull(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [full]);
  return full ? <Overview /> : <FirstStep />;
}

function FirstStep() {
  const model = useModel();
  const { m } = useI18n();
  const [view] = useView();
  const asOf = view.asOf ?? todayIso();
  const stats = overviewStatsOf(model.dataset, asOf, servedSummary(asOf));
  return (
    <article className="page overview" aria-busy="true">
      <h1>{m("web.overview.heading")}</h1>
      <p className="intro">{m("web.overview.intro")}</p>
      <Figures stats={stats} basis={view.basis} multiplier={undefined} loopCount={undefined} />
      <div className="overview-grid">
        <section className="map">
          <h2>{m("web.overview.mapTitle")}</h2>
          <div className="chart-skeleton" />
        </section>
        <section className="loop-panel">
          <h2>{m("web.overview.largestLoops")}</h2>
          <p className="hint">{m("web.overview.largestLoopsHelp")}</p>
        </section>
      </div>
    </article>
  );
}
