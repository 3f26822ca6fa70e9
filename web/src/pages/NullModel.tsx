/**
 * The null model on a button: a seeded, small number of degree-preserving rewirings run in the page,
 * with each entity's p-value beside its observed own-money-back share. Samples and seed are in the
 * URL, so a shared link gives the same p-values when its reader presses the button.
 */
import type { EdgeList } from "@core/graph/edge-list.ts";
import { useEffect, useState } from "react";
import { CsvButton } from "../components/CsvButton.tsx";
import { TableHead } from "../components/TableHead.tsx";
import { useI18n } from "../i18n/index.ts";
import { type NullRun, runNullModel } from "../model/circularity.ts";
import type { SetView } from "../state/use-view.ts";
import { MAX_SAMPLES, type View } from "../state/view.ts";

type Props = { list: EdgeList; view: View; setView: SetView; name: (id: string) => string; runKey: string };

export function NullModel({ list, view, setView, name, runKey }: Props) {
  const { m, percent, ratio } = useI18n();
  const columns = [
    m("report.market.company"),
    m("report.circularity.loopShare"),
    m("web.circularity.nullMeanLoops"),
    m("cli.pValueLoops"),
    m("report.circularity.mixingShare"),
    m("web.circularity.nullMeanMixing"),
    m("web.circularity.pValueMixing"),
  ];
  const [run, setRun] = useState<{ key: string; value: NullRun } | null>(null);
  const [running, setRunning] = useState(false);
  const key = `${runKey}|${view.samples}|${view.seed}`;
  useEffect(() => {
    if (!running) return;
    // Let the "running" status paint before the synchronous computation takes the thread.
    const timer = setTimeout(() => {
      setRun({ key, value: runNullModel(list, view.samples, view.seed) });
      setRunning(false);
    }, 30);
    return () => clearTimeout(timer);
  }, [running, key, list, view.samples, view.seed]);
  const shown = run?.key === key ? run.value : null;

  return (
    <section aria-labelledby="null-heading" className="null-model">
      <h2 id="null-heading">{m("web.circularity.nullModel")}</h2>
      <p className="hint">{m("web.circularity.nullHelp")}</p>
      <div className="row">
        <label>
          {m("web.circularity.samples")}
          <input
            type="number"
            min={1}
            max={MAX_SAMPLES}
            value={view.samples}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 1 && n <= MAX_SAMPLES) setView({ samples: n }, "replace");
            }}
          />
        </label>
        <label>
          {m("web.circularity.seed")}
          <input
            type="number"
            min={0}
            value={view.seed}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 0 && n <= 4_294_967_295) setView({ seed: n }, "replace");
            }}
          />
        </label>
        <button type="button" onClick={() => setRunning(true)} disabled={running} data-action="run-null">
          {m("web.circularity.run")}
        </button>
      </div>
      <p className="status" role="status" data-figure="null-result">
        {running
          ? m("web.circularity.running", { samples: view.samples })
          : shown && "result" in shown
            ? `${m("web.circularity.nullResult", {
                samples: shown.samples,
                seed: String(shown.seed),
                mean: ratio(shown.result.multiplier.nullMean),
                p: ratio(shown.result.multiplier.pValue, 3),
              })} ${m("web.circularity.acceptance", { share: percent(shown.result.acceptance) })}`
            : shown && "error" in shown
              ? shown.error
              : ""}
      </p>
      {shown && "result" in shown ? (
        <table className="table compact null-table" data-table="null-model">
          <caption>
            {m("web.circularity.nullModel")}{" "}
            <CsvButton
              name={m("web.circularity.nullModel")}
              fileName={`halqa-null-model-${shown.seed}`}
              origin="network"
              header={columns}
              rows={() =>
                shown.result.nodes.map((n) => [
                  name(n.id),
                  n.loops.observed,
                  n.loops.nullMean,
                  n.loops.pValue,
                  n.observed,
                  n.nullMean,
                  n.pValue,
                ])
              }
            />
          </caption>
          <TableHead columns={columns} />
          <tbody>
            {[...shown.result.nodes]
              .filter((n) => n.observed > 0 || n.loops.observed > 0)
              .sort(
                (a, b) =>
                  a.loops.pValue - b.loops.pValue ||
                  a.pValue - b.pValue ||
                  b.loops.observed - a.loops.observed,
              )
              .map((n) => (
                <tr key={n.id}>
                  <th scope="row">{name(n.id)}</th>
                  <td className="num">{percent(n.loops.observed)}</td>
                  <td className="num">{percent(n.loops.nullMean)}</td>
                  <td className="num">{ratio(n.loops.pValue, 3)}</td>
                  <td className="num">{percent(n.observed)}</td>
                  <td className="num">{percent(n.nullMean)}</td>
                  <td className="num">{ratio(n.pValue, 3)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
