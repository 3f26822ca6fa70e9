/**
 * The overview in two steps, so that a cold load paints its words and money figures first: the
 * summary is quick, but the loop search, the multiplier's trace and the loop map take a few hundred
 * milliseconds of the main thread between them. The first paint shows the heading and the figures
 * from the summary, with the loop figures busy and a box the size of the map; right after that paint
 * the full page replaces it (the same figures in the same place). Later visits render in full at once.
 * The summary itself usually comes computed by the server (web/src/data/served-summary.ts).
 *
 * The full page (../Overview.tsx) is a chunk of its own, imported here, not statically: a page chunk
 * runs only once everything it imports has arrived and compiled (it brought ECharts, ~500 KB raw,
 * until the loop map became SVG drawn by React). The first step paints as soon as the dataset and
 * this small chunk are here, and while the full page's code is on its way the loops are searched
 * (overviewOf keeps its answer, which the full page then reads). The build announces the
 * full page's chunks as module preloads (vite.config.ts), so they are fetched from the start.
 */
import { type ComponentType, useEffect, useState } from "react";
import { useHoldFirstRender } from "../../app/FirstRender.tsx";
import { servedSummary } from "../../data/served-summary.ts";
import { useModel } from "../../data/use-model.ts";
import { useI18n } from "../../i18n/index.ts";
import { todayIso } from "../../model/filter.ts";
import { overviewOf, overviewStatsOf } from "../../model/overview.ts";
import { useView } from "../../state/use-view.ts";
import { Figures } from "./Figures.tsx";

/** The full page's code, asked for as soon as this chunk runs (its fetch began with the page's). */
let Full: ComponentType | undefined;
const fullPage: Promise<ComponentType> = import("../Overview.tsx").then((module) => {
  Full = module.default;
  return module.default;
});
// A failed fetch leaves the first step up (busy), as a failed page chunk leaves the shell's status.
fullPage.catch(() => undefined);

let drawn = false;

export default function OverviewPage() {
  const model = useModel();
  const [view] = useView();
  const asOf = view.asOf ?? todayIso();
  const [full, setFull] = useState(drawn && Full !== undefined);
  useHoldFirstRender(!full);
  useEffect(() => {
    if (full) {
      drawn = true;
      return;
    }
    let live = true;
    // After the browser has painted the first step, not merely after React committed it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        // The loops, the multiplier and the map's graph, while the full page may still be arriving: the
        // full page's own call then finds them (the same call, kept by overviewOf).
        if (!Full) overviewOf(model.dataset, view.basis, asOf);
        fullPage.then(
          () => live && setFull(true),
          () => undefined,
        );
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [full, model, view.basis, asOf]);
  return full && Full ? <Full /> : <FirstStep />;
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
