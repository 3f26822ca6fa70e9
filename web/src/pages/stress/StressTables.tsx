/**
 * A stress run in words and tables: the plain-language account in the reader's language, the
 * defaults by wave, the losses per company (bar chart and table), each obligation's unfunded part,
 * and the assumptions the network was built from with their sources. Every table downloads as CSV.
 */
import { STRESS_CHART_BARS } from "@core/reports/stress-report.ts";
import type { StressResult } from "@core/stress/run-scenario.ts";
import { phraseStressAccount } from "@i18n/stress-account.ts";
import { useMemo } from "react";
import { barOption } from "../../charts/bar-option.ts";
import { Chart } from "../../charts/Chart.tsx";
import { CsvButton } from "../../components/CsvButton.tsx";
import { SourceLinks } from "../../components/SourceLinks.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { dealTitle, type Model } from "../../data/model.ts";
import { useI18n } from "../../i18n/index.ts";
import type { OfferedScenario } from "../../model/stress.ts";

type Props = {
  model: Model;
  result: StressResult;
  references: OfferedScenario["references"];
  name: (id: string) => string;
};

export function Account({ result, name }: { result: StressResult; name: (id: string) => string }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="account-heading" data-panel="account">
      <h2 id="account-heading">{t.stress.account}</h2>
      <ol className="account">
        {phraseStressAccount(lang, result.account, name).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the account's sentences are in a fixed order.
          <li key={i}>{line}</li>
        ))}
      </ol>
    </section>
  );
}

export function StressTables({ model, result, references, name }: Props) {
  const i18n = useI18n();
  const { t, fill, usd, percent, number, lang } = i18n;
  const joiner = lang === "ar" ? "، " : ", ";
  const bars = useMemo(
    () =>
      result.losses
        .slice(0, STRESS_CHART_BARS)
        .map((l) => ({ id: l.entity, label: name(l.entity), share: l.share })),
    [result, name],
  );
  const option = useMemo(() => barOption(bars, t.stress.lossShare, i18n), [bars, t, i18n]);
  const lossHeader = [t.columns.entity, t.stress.capital, t.stress.loss, t.stress.share];
  const unfundedHeader = [
    t.columns.deal,
    t.stress.debtor,
    t.stress.creditor,
    t.stress.committed,
    t.stress.recovery,
    t.stress.unfundedAmount,
  ];
  const deals = new Set(result.unfunded.map((u) => u.deal)).size;
  /** The core's English "use" in the page's language (a "(× 4)" suffix kept). */
  const inWords = (use: string) => {
    const [words, factor] = use.split(" (× ");
    const known = (t.stress.uses as Record<string, string>)[words ?? ""];
    return known ? `${known}${factor ? ` (× ${factor}` : ""}` : use;
  };
  /** `financial:<entity>:<metric>:<period>` in words; a parameter id as it is. */
  const figureName = (id: string) => {
    const [kind, entity, metric, period] = id.split(":");
    if (kind !== "financial" || !entity || !metric) return id;
    const words = (t.stress.metrics as Record<string, string>)[metric] ?? metric;
    return `${name(entity)} · ${words}${period ? ` · ${period}` : ""}`;
  };
  const unitValue = (value: number, unit: string) =>
    unit === "USD"
      ? usd(value)
      : unit === "years"
        ? fill(t.stress.years, { value: number(value, 1) })
        : unit === "percent"
          ? percent(value / 100)
          : unit === "ratio"
            ? number(value, 2)
            : `${number(value, 2)} ${unit}`;

  return (
    <>
      <section aria-labelledby="waves-heading">
        <h2 id="waves-heading">{t.stress.waves}</h2>
        {result.waves.length === 0 ? (
          <p data-figure="no-defaults">{t.stress.noDefaults}</p>
        ) : (
          <table className="table compact" data-table="waves">
            <TableHead columns={[t.stress.wave, t.stress.companies]} />
            <tbody>
              {result.waves.map((w) => (
                <tr key={w.wave} data-wave={w.wave}>
                  <th scope="row">{number(w.wave, 0)}</th>
                  <td>{w.entities.map(name).join(joiner)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="losses-heading">
        <h2 id="losses-heading">{t.stress.losses}</h2>
        {result.losses.length === 0 ? (
          <p>{t.stress.noLosses}</p>
        ) : (
          <Chart
            name={t.stress.lossShare}
            fileName="halqa-stress-losses"
            label={fill(t.stress.lossesLabel, { count: number(bars.length, 0) })}
            option={option}
            height={Math.max(200, bars.length * 24 + 40)}
          />
        )}
        {result.losses.length > 0 ? (
          <table className="table compact" data-table="losses">
            <caption>
              {t.stress.losses}{" "}
              <CsvButton
                name={t.stress.losses}
                fileName="halqa-stress-losses"
                header={lossHeader}
                rows={() => result.losses.map((l) => [name(l.entity), l.capital, l.loss, l.share])}
              />
            </caption>
            <TableHead columns={lossHeader} />
            <tbody>
              {result.losses.map((l) => (
                <tr key={l.entity} data-entity={l.entity}>
                  <th scope="row">{name(l.entity)}</th>
                  <td className="num">{usd(l.capital)}</td>
                  <td className="num">{usd(l.loss)}</td>
                  <td className="num">{percent(l.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section aria-labelledby="unfunded-heading">
        <h2 id="unfunded-heading">{t.stress.unfunded}</h2>
        <p className="hint">{t.stress.unfundedHelp}</p>
        {result.unfunded.length === 0 ? (
          <p>{t.stress.noUnfunded}</p>
        ) : (
          <table className="table compact" data-table="unfunded">
            <caption>
              {fill(t.stress.unfundedTotal, { amount: usd(result.totalUnfunded), deals: number(deals, 0) })}{" "}
              <CsvButton
                name={t.stress.unfunded}
                fileName="halqa-stress-unfunded"
                header={unfundedHeader}
                rows={() =>
                  result.unfunded.map((u) => [
                    dealTitle(model, u.deal, lang),
                    name(u.debtor),
                    name(u.creditor),
                    u.committed,
                    u.recoveryRate,
                    u.unfunded,
                  ])
                }
              />
            </caption>
            <TableHead columns={unfundedHeader} />
            <tbody>
              {result.unfunded.map((u) => (
                <tr key={`${u.deal}|${u.debtor}|${u.creditor}`} data-deal={u.deal}>
                  <th scope="row">{dealTitle(model, u.deal, lang)}</th>
                  <td>{name(u.debtor)}</td>
                  <td>{name(u.creditor)}</td>
                  <td className="num">{usd(u.committed)}</td>
                  <td className="num">{percent(u.recoveryRate)}</td>
                  <td className="num">{usd(u.unfunded)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="assumptions-heading">
        <h2 id="assumptions-heading">{t.stress.assumptions}</h2>
        <p className="hint">{t.stress.assumptionsHelp}</p>
        {references.length > 0 ? (
          <table className="table compact" data-table="cited">
            <caption>{t.stress.cited}</caption>
            <TableHead columns={[t.stress.figure, t.stress.value, t.stress.sources]} />
            <tbody>
              {references.map((r) => (
                <tr key={r.path}>
                  <th scope="row">
                    {r.name[lang]}
                    {r.estimate ? " *" : ""}
                  </th>
                  <td className="num">{percent(r.value)}</td>
                  <td>
                    <SourceLinks ids={r.sources} inline />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <table className="table compact" data-table="assumptions">
          <caption>
            {t.stress.assumptions}{" "}
            <CsvButton
              name={t.stress.assumptions}
              fileName="halqa-stress-assumptions"
              header={["id", t.stress.value, "unit", t.stress.use, t.stress.sources]}
              rows={() => result.assumptions.map((a) => [a.id, a.value, a.unit, a.use, a.sources.join(" ")])}
            />
          </caption>
          <TableHead columns={[t.stress.figure, t.stress.value, t.stress.use, t.stress.sources]} />
          <tbody>
            {result.assumptions.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {figureName(a.id)}
                  {a.estimate ? " *" : ""}
                </th>
                <td className="num">{unitValue(a.value, a.unit)}</td>
                <td>{inWords(a.use)}</td>
                <td>
                  <SourceLinks ids={a.sources} inline />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
