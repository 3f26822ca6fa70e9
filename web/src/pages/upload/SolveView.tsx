/**
 * A reader's network, solved in the browser: the model the file names (or the one picked, with its
 * options, kept in the URL), a table of every node's result, and the defaults on a drawing of the
 * network. The same computation is `halqa network solve` and POST /api/network/solve.
 */
import type { ModelResult } from "@core/contagion/fixed-point.ts";
import { type ModelName, solveModel } from "@core/contagion/models.ts";
import { type FinancialNetwork, indexNetwork } from "@core/contagion/network.ts";
import { useMemo } from "react";
import { NetworkChart } from "../../charts/NetworkChart.tsx";
import type { NodeMark } from "../../charts/network-style.ts";
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

/** A reader's nodes are named by their ids. */
const idName = (id: string) => id;

type Solved = { ok: true; result: ModelResult; ms: number } | { ok: false; reason: string };

export function SolveView({ name, network, fileModel }: Props) {
  const i18n = useI18n();
  const { m, number, percent, lang } = i18n;
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
  const defaults = solved?.ok ? solved.result.nodes.filter((n) => n.defaulted).length : 0;
  const header = [
    m("cli.node"),
    m("cli.payments"),
    m("web.upload.recovery"),
    m("cli.netWorth"),
    m("cli.equity"),
    m("cli.defaulted"),
    m("cli.wave"),
    m("web.upload.relativeLoss"),
    m("report.sheet.company.value"),
  ];
  const cell = (x: number | null, digits = 2) => (x === null ? "—" : number(x, digits));

  return (
    <div className="upload-grid">
      <div className="stress-form">
        <p className="hint" data-figure="network">
          {m("web.upload.network", {
            nodes: network.nodes.length,
            liabilities: network.liabilities.length,
            shocks: network.shocks.length,
          })}
        </p>
        {fileName ? (
          <p className="hint">{m("web.upload.fileModel", { model: m(`web.models.${fileName}`) })}</p>
        ) : null}
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
          {m("web.upload.nodeTable")}
        </h2>
        {model === null ? (
          <p className="status" role="status" data-figure="need-model">
            {m("web.upload.needModel")}
          </p>
        ) : solved === null ? null : !solved.ok ? (
          <p className="status error" role="alert">
            {m("web.upload.failed", { reason: solved.reason })}
          </p>
        ) : (
          <>
            <p className="status" data-figure="solved" data-defaults={defaults}>
              {m("web.upload.solved", {
                ms: number(solved.ms, 1),
                model: m(`web.models.${model}`),
                iterations: number(solved.result.iterations, 0),
              })}{" "}
              {m("web.upload.defaults", {
                count: number(defaults, 0),
                nodes: number(network.nodes.length, 0),
              })}{" "}
              <button
                type="button"
                aria-label={m("web.exports.jsonLabel", { name: m("web.upload.nodeTable") })}
                onClick={() =>
                  downloadBlob(
                    new Blob([JSON.stringify(solved.result, null, 2)], { type: "application/json" }),
                    `${name.replace(/\.json$/i, "")}-${model}.json`,
                  )
                }
              >
                {m("web.exports.json")}
              </button>
            </p>
            {network.nodes.length <= MAX_DRAWN_NODES ? (
              <NetworkChart
                network={drawing}
                chart={{
                  name: m("web.upload.mapTitle"),
                  fileName: "halqa-network",
                  label: m("web.upload.mapLabel", {
                    nodes: number(network.nodes.length, 0),
                    count: number(defaults, 0),
                  }),
                }}
                marks={marks}
                name={idName}
              />
            ) : (
              <p className="hint">{m("web.upload.tooBigToDraw", { nodes: network.nodes.length })}</p>
            )}
            <div className="scroll">
              <table className="table compact" data-table="solve">
                <caption>
                  {m("web.upload.nodeTable")}{" "}
                  <CsvButton
                    name={m("web.upload.nodeTable")}
                    fileName="halqa-network-solve"
                    origin="upload"
                    header={header}
                    rows={() =>
                      solved.result.nodes.map((n) => [
                        n.id,
                        n.payments,
                        n.recoveryRate,
                        n.netWorth,
                        n.equity,
                        // As the table shows it: a word in the page's language, not true/false.
                        n.defaulted ? m("cli.yes") : "",
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
                      <td>{n.defaulted ? m("cli.yes") : ""}</td>
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
