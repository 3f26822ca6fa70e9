/**
 * A stress run in words and tables: the plain-language account in the reader's language, the
 * defaults by wave, the losses per company (bar chart and table), each obligation's unfunded part,
 * and the figures the scenario cites and the network is built from, with their sources. The tables
 * are the report's layout (core/reports/stress-report.ts), the same cells `halqa stress` prints;
 * every table downloads as CSV.
 */

import { STRESS_CHART_BARS, STRESS_TABLES, type StressReport } from "@core/reports/stress-report.ts";
import type { StressResult } from "@core/stress/run-scenario.ts";
import { phraseStressAccount } from "@i18n/stress-account.ts";
import { useMemo, useState } from "react";
import { barOption, shareText } from "../../charts/bar-option.ts";
import { Chart } from "../../charts/Chart.tsx";
import { ReportTable, useRecordNames } from "../../components/ReportTable.tsx";
import type { Model } from "../../data/model.ts";
import { useI18n } from "../../i18n/index.ts";
import type { OfferedScenario } from "../../model/stress.ts";

type Props = {
  model: Model;
  result: StressResult;
  references: OfferedScenario["references"];
  name: (id: string) => string;
};

export function Account({ result, name }: { result: StressResult; name: (id: string) => string }) {
  const { m, lang } = useI18n();
  const names = useRecordNames();
  return (
    <section aria-labelledby="account-heading" data-panel="account">
      <h2 id="account-heading">{m("report.stress.account")}</h2>
      <ol className="account">
        {phraseStressAccount(lang, result.account, name, (id) => names.record?.(`sites:${id}`) ?? id).map(
          (line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the account's sentences are in a fixed order.
            <li key={i}>{line}</li>
          ),
        )}
      </ol>
    </section>
  );
}

export function StressTables({ result, references, name }: Props) {
  const i18n = useI18n();
  const { m, usd } = i18n;
  const report: StressReport = useMemo(() => ({ ...result, references }), [result, references]);
  const bars = useMemo(
    () =>
      // A ranking: the hardest hit (by share of capital, as the title names it) first.
      [...result.losses]
        .sort((a, b) => b.share - a.share)
        .slice(0, STRESS_CHART_BARS)
        .map((l) => ({ id: l.entity, label: name(l.entity), share: l.share })),
    [result, name],
  );
  // The drawing's width (0 until measured): a phone's axis keeps fewer ticks (charts/bar-option.ts).
  const [width, setWidth] = useState(0);
  const option = useMemo(
    () => barOption(bars, m("report.stress.lossShare"), i18n, undefined, width || undefined),
    [bars, m, i18n, width],
  );
  const deals = new Set(result.unfunded.map((u) => u.deal)).size;
  // The title names the hardest hit by share of capital, its share as the bar and the table write it.
  const worst = result.losses.reduce<StressResult["losses"][number] | null>(
    (w, l) => (w === null || l.share > w.share ? l : w),
    null,
  );

  return (
    <>
      <section aria-labelledby="waves-heading">
        <h2 id="waves-heading">{m("report.stress.waves")}</h2>
        {result.waves.length === 0 ? (
          <p data-figure="no-defaults">{m("report.stress.step.no-default")}</p>
        ) : (
          <ReportTable
            layout={STRESS_TABLES.waves}
            data={report}
            fileName="halqa-stress-waves"
            rowData={(w: StressResult["waves"][number]) => ({ wave: w.wave })}
          />
        )}
      </section>

      <section aria-labelledby="losses-heading">
        <h2 id="losses-heading">{m("report.stress.losses")}</h2>
        {result.losses.length === 0 ? (
          <p>{m("web.stress.noLosses")}</p>
        ) : (
          <>
            <Chart
              name={m("report.stress.lossShare")}
              finding={
                worst
                  ? m("web.findings.stressLosses", {
                      name: name(worst.entity),
                      loss: usd(worst.loss),
                      share: shareText(i18n.lang, worst.share),
                    })
                  : undefined
              }
              fileName="halqa-stress-losses"
              label={m("web.stress.lossesLabel", { count: bars.length })}
              option={option}
              onWidth={setWidth}
              height={Math.max(200, bars.length * 24 + 40)}
            />
            <ReportTable
              layout={STRESS_TABLES.losses}
              data={report}
              fileName="halqa-stress-losses"
              rowData={(l: StressResult["losses"][number]) => ({ entity: l.entity })}
            />
          </>
        )}
      </section>

      <section aria-labelledby="unfunded-heading">
        <h2 id="unfunded-heading">{m("report.stress.unfunded")}</h2>
        <p className="hint">{m("web.stress.unfundedHelp")}</p>
        {result.unfunded.length === 0 ? (
          <p>{m("web.stress.noUnfunded")}</p>
        ) : (
          <ReportTable
            layout={STRESS_TABLES.unfunded}
            data={report}
            fileName="halqa-stress-unfunded"
            note={m("web.stress.unfundedTotal", { amount: usd(result.totalUnfunded), deals })}
            rowData={(u: StressResult["unfunded"][number]) => ({ deal: u.deal })}
          />
        )}
      </section>

      <section aria-labelledby="assumptions-heading">
        <h2 id="assumptions-heading">{m("web.stress.assumptions")}</h2>
        <p className="hint">{m("web.stress.assumptionsHelp")}</p>
        {references.length > 0 ? (
          <ReportTable layout={STRESS_TABLES.cited} data={report} fileName="halqa-stress-cited" />
        ) : null}
        <ReportTable layout={STRESS_TABLES.assumptions} data={report} fileName="halqa-stress-assumptions" />
      </section>
    </>
  );
}
