/**
 * A reader's network, solved in the browser: the model the file names (or the one picked, with its
 * options, kept in the URL), a table of every node's result, and the defaults on a drawing of the
 * network. The same computation is `halqa network solve` and POST /api/network/solve.
 */
import type { ModelResult } from "@core/contagion/fixed-point.ts";
import { type ModelName, solveModel } from "@core/contagion/models.ts";
import { type FinancialNetwork, indexNetwork } from "@core/contagion/network.ts";
import { useMemo } from "react";
import { Chart } from "../../charts/Chart.tsx";
import { type NodeMark, networkOption } from "../../charts/network-option.ts";
import { CsvButton } from "../../components/CsvButton.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { useI18n } from "../../i18n/index.ts";
import { failureReason } from "../../model/failure.ts";
import { isModelName, MODEL_OPTIONS, readOptions } from "../../model/stress.ts";
import { encodeOptions } from "../../model/stress-url.ts";
import { MAX_DRAWN_NODES, userNetwork } from "../../model/user-network.ts";
import { useView } from "../../state/use-view.ts";
import { downloadBlob } from "../../util/download.ts";
import { ModelPicker } from "../stress/ModelPicker.tsx";

type Props = { name: string; network: FinancialNetwork; fileModel: Record<string, unknown> | null };

type Solved = { ok: true; result: ModelResult; ms: number } | { ok: false; reason: string };

export function SolveView({ name, network, fileModel }: Props) {
  const i18n = useI18n();
  const { t, fill, number, percent, lang } = i18n;
  const [view, setView] = useView();
  const fileName = typeof fileModel?.name === "string" && isModelName(fileModel.name) ? fileModel.name : null;
  const model: ModelName | null = isModelName(view.model) ? view.model : fileName;
  const options = useMemo(() => {
    if (model === null) return {};
    const { name: _name, ...fromFile } = model === fileName ? (fileModel ?? {}) : {};
    return { ...fromFile, ...(view.options !== null ? readOptions(view.options, model) : {}) };
  }, [model, fileName, fileModel, view.options]);
  const solved = useMemo((): Solved | null => {
    if (model === null) return null;
    const started = performance.now();
    try {
      const result = solveModel(model, indexNetwork(network), options);
      return { ok: true, result, ms: performance.now() - started };
    } catch (error) {
      return { ok: false, reason: failureReason(error, lang) };
    }
  }, [model, network, options, lang]);
  const drawing = useMemo(() => userNetwork(network), [network]);
  const marks = useMemo(() => {
    const out = new Map<string, Set<NodeMark>>();
    for (const s of network.shocks) out.set(s.node, new Set<NodeMark>(["shocked"]));
    if (solved?.ok)
      for (const n of solved.result.nodes)
        if (n.defaulted) out.set(n.id, new Set<NodeMark>([...(out.get(n.id) ?? []), "defaulted"]));
    return out;
  }, [network, solved]);
  const option = useMemo(
    () => networkOption(drawing, { marks, name: (id) => id, i18n }),
    [drawing, marks, i18n],
  );
  const defaults = solved?.ok ? solved.result.nodes.filter((n) => n.defaulted).length : 0;
  const header = [
    t.upload.node,
    t.upload.payments,
    t.upload.recovery,
    t.upload.netWorth,
    t.upload.equity,
    t.upload.defaulted,
    t.upload.wave,
    t.upload.relativeLoss,
    t.upload.value,
  ];
  const cell = (x: number | null, digits = 2) => (x === null ? "—" : number(x, digits));

  return (
    <div className="upload-grid">
      <div className="stress-form">
        <p className="hint" data-figure="network">
          {fill(t.upload.network, {
            nodes: number(network.nodes.length, 0),
            liabilities: number(network.liabilities.length, 0),
            shocks: number(network.shocks.length, 0),
          })}
        </p>
        {fileName ? <p className="hint">{fill(t.upload.fileModel, { model: t.models[fileName] })}</p> : null}
        <ModelPicker
          model={model ?? "eisenberg-noe"}
          options={
            Object.fromEntries(
              Object.entries(options).filter(([k]) =>
                MODEL_OPTIONS[model ?? "eisenberg-noe"].some((s) => s.key === k),
              ),
            ) as Record<string, number | boolean | string>
          }
          onModel={(next) => setView({ model: next, options: null })}
          onOption={(key, value, mode) =>
            setView(
              {
                model: model ?? "eisenberg-noe",
                options: encodeOptions({
                  ...readOptions(view.options ?? "", model ?? "eisenberg-noe"),
                  [key]: value,
                }),
              },
              mode,
            )
          }
        />
      </div>
      <section className="stress-result" aria-labelledby="solve-heading" data-panel="solve">
        <h2 id="solve-heading" className="visually-hidden">
          {t.upload.nodeTable}
        </h2>
        {model === null ? (
          <p className="status" role="status" data-figure="need-model">
            {t.upload.needModel}
          </p>
        ) : solved === null ? null : !solved.ok ? (
          <p className="status error" role="alert">
            {fill(t.upload.failed, { reason: solved.reason })}
          </p>
        ) : (
          <>
            <p className="status" data-figure="solved" data-defaults={defaults}>
              {fill(t.upload.solved, {
                ms: number(solved.ms, 1),
                model: t.models[model],
                iterations: number(solved.result.iterations, 0),
              })}{" "}
              {fill(t.upload.defaults, {
                count: number(defaults, 0),
                nodes: number(network.nodes.length, 0),
              })}{" "}
              <button
                type="button"
                aria-label={fill(t.exports.jsonLabel, { name: t.upload.nodeTable })}
                onClick={() =>
                  downloadBlob(
                    new Blob([JSON.stringify(solved.result, null, 2)], { type: "application/json" }),
                    `${name.replace(/\.json$/i, "")}-${model}.json`,
                  )
                }
              >
                {t.exports.json}
              </button>
            </p>
            {network.nodes.length <= MAX_DRAWN_NODES ? (
              <Chart
                name={t.upload.mapTitle}
                fileName="halqa-network"
                label={fill(t.upload.mapLabel, {
                  nodes: number(network.nodes.length, 0),
                  count: number(defaults, 0),
                })}
                option={option}
                height={460}
              />
            ) : (
              <p className="hint">
                {fill(t.upload.tooBigToDraw, { nodes: number(network.nodes.length, 0) })}
              </p>
            )}
            <div className="scroll">
              <table className="table compact" data-table="solve">
                <caption>
                  {t.upload.nodeTable}{" "}
                  <CsvButton
                    name={t.upload.nodeTable}
                    fileName="halqa-network-solve"
                    header={header}
                    rows={() =>
                      solved.result.nodes.map((n) => [
                        n.id,
                        n.payments,
                        n.recoveryRate,
                        n.netWorth,
                        n.equity,
                        n.defaulted,
                        n.wave,
                        n.relativeLoss,
                        n.value,
                      ])
                    }
                  />
                </caption>
                <TableHead columns={header} />
                <tbody>
                  {solved.result.nodes.map((n) => (
                    <tr key={n.id} data-node={n.id} data-defaulted={n.defaulted}>
                      <th scope="row">{n.id}</th>
                      <td className="num">{cell(n.payments)}</td>
                      <td className="num">{n.recoveryRate === null ? "—" : percent(n.recoveryRate)}</td>
                      <td className="num">{cell(n.netWorth)}</td>
                      <td className="num">{cell(n.equity)}</td>
                      <td>{n.defaulted ? t.upload.yes : ""}</td>
                      <td className="num">{n.wave === null ? "" : number(n.wave, 0)}</td>
                      <td className="num">{n.relativeLoss === null ? "—" : percent(n.relativeLoss)}</td>
                      <td className="num">{cell(n.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
