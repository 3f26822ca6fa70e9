/**
 * An entity in the explorer: its deals in and out with their sources, its circular share, who pays
 * it and whom it pays (shares and HHI), and the loops through it. A deal opens the deal panel.
 */

import { figureInForce } from "@core/dataset/current-view.ts";
import type { Side } from "@core/exposure/entity-exposure.ts";
import { layerFigure } from "@core/flows/expand.ts";
import { followLink } from "../app/follow-link.ts";
import { CsvButton } from "../components/CsvButton.tsx";
import { SourceLinks } from "../components/SourceLinks.tsx";
import { TableHead } from "../components/TableHead.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { figureText } from "../model/deal-info.ts";
import type { DealSide, EntityInfo } from "../model/entity-info.ts";
import { todayIso } from "../model/filter.ts";
import { hrefFor, navigate } from "../state/use-view.ts";
import type { View } from "../state/view.ts";
import { dealSourceIds } from "../util/cited-sources.ts";
import { RevenueShares } from "./entity/RevenueShares.tsx";
import { LoopList } from "./LoopList.tsx";

type Props = {
  id: string;
  info: EntityInfo;
  view: View;
  onDeal: (id: string) => void;
  onClose: () => void;
  onLoopHover: (key: string | null) => void;
  onLoopPin: (key: string | null) => void;
};

type DealListProps = { title: string; sides: DealSide[]; view: View; onDeal: (id: string) => void };

function DealList({ title, sides, view, onDeal }: DealListProps) {
  const i18n = useI18n();
  const model = useModel();
  return (
    <details className="deal-list" open={sides.length > 0 && sides.length <= 6}>
      <summary>
        {title} ({i18n.number(sides.length, 0)})
      </summary>
      {sides.length === 0 ? <p className="hint">{i18n.m("web.entity.noCounterparties")}</p> : null}
      <ul>
        {sides.map(({ deal, flows }) => (
          <li key={deal.id}>
            <button type="button" className="link" data-deal={deal.id} onClick={() => onDeal(deal.id)}>
              {deal.title[i18n.lang]}
            </button>{" "}
            <span className="hint">
              {flows
                .map((f) => {
                  // The reading in force on the view's date (a revised amount reads as revised).
                  const layer = layerFigure(f, view.basis);
                  const figure = layer ? figureInForce(layer, view.asOf ?? todayIso()) : undefined;
                  const amount = figure ? ` ${figureText(i18n, figure, f.unit)}` : "";
                  const from = entityName(model, f.from, i18n.lang);
                  const to = entityName(model, f.to, i18n.lang);
                  return `${i18n.label("flowKind", f.kind)}${amount} (${from} ${i18n.m("web.units.arrow")} ${to})`;
                })
                .join("; ")}
            </span>{" "}
            <SourceLinks ids={deal.sources} inline />
          </li>
        ))}
      </ul>
    </details>
  );
}

function Counterparties({ title, side, file }: { title: string; side: Side; file: string }) {
  const i18n = useI18n();
  const model = useModel();
  const { m, usd, percent, number } = i18n;
  return (
    <div>
      <h4>{title}</h4>
      {side.counterparties.length === 0 ? (
        <p className="hint">{m("web.entity.noCounterparties")}</p>
      ) : (
        <>
          <table className="table compact">
            <caption className="caption-tools">
              <span className="visually-hidden">{title}</span>
              <CsvButton
                name={title}
                fileName={file}
                header={[m("report.market.company"), m("report.common.amount"), m("report.ratios.share")]}
                rows={() =>
                  side.counterparties.map((c) => [entityName(model, c.id, i18n.lang), c.amount, c.share])
                }
                sourceIds={() =>
                  dealSourceIds(
                    model.dataset,
                    side.counterparties.flatMap((c) => c.deals),
                  )
                }
              />
            </caption>
            <TableHead
              columns={[m("report.market.company"), m("report.common.amount"), m("report.ratios.share")]}
            />
            <tbody>
              {side.counterparties.slice(0, 5).map((c) => (
                <tr key={c.id}>
                  <th scope="row">{entityName(model, c.id, i18n.lang)}</th>
                  <td className="num">{usd(c.amount)}</td>
                  <td className="num">{percent(c.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {side.hhi !== null ? (
            <p className="hint">
              {m("web.entity.hhi", { hhi: number(side.hhi, 3), count: number(side.equivalentCount ?? 0, 1) })}
            </p>
          ) : null}
          {side.notBinding.amount > 0 ? (
            <p className="hint" data-figure="not-binding-hhi">
              {side.notBinding.bindingHhi === null
                ? m("web.entity.notBindingAll")
                : m("web.entity.notBindingHhi", {
                    amount: usd(side.notBinding.amount),
                    hhi: number(side.notBinding.bindingHhi, 3),
                    count: number(side.notBinding.bindingEquivalentCount ?? 0, 1),
                  })}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

export function EntityPanel({ id, info, view, onDeal, onClose, onLoopHover, onLoopPin }: Props) {
  const model = useModel();
  const i18n = useI18n();
  const { m, percent, usd, label, lang } = i18n;
  const entity = model.entities.get(id);
  const name = (x: string) => entityName(model, x, lang);
  return (
    <section className="panel" aria-labelledby="entity-heading" data-panel="entity" data-entity={id}>
      <div className="panel-head">
        <h2 id="entity-heading" tabIndex={-1}>
          {name(id)}
        </h2>
        <button type="button" onClick={onClose} aria-label={`${m("web.entity.close")}: ${name(id)}`}>
          {m("web.entity.close")}
        </button>
      </div>
      <p className="hint">
        {m("report.common.kind")}: {entity ? label("entityKind", entity.kind) : ""}
        {entity?.ticker ? ` · ${entity.ticker}` : ""} ·{" "}
        <a
          href={hrefFor({ page: "company", entity: id })}
          data-company-link={id}
          onClick={(e) => followLink(e, () => navigate({ page: "company", entity: id }))}
        >
          {m("web.company.open")}
        </a>
      </p>
      <h3>{m("web.entity.circularShare")}</h3>
      <p data-figure="circular-share">
        <strong>{info.trace ? percent(info.trace.selfShare) : "—"}</strong>{" "}
        <span className="hint">
          {m("web.entity.circularShareHelp", { basis: m(`web.basis.${view.basis}`) })}
          {info.trace ? ` · ${m("cli.receipts")}: ${usd(info.trace.throughput)}` : ""}
        </span>
      </p>
      <h3>{m("report.exposure.revenueTitle")}</h3>
      {info.exposure ? <RevenueShares revenue={info.exposure.revenue} /> : <p className="hint">—</p>}
      <h3>{m("report.exposure.title")}</h3>
      {info.exposure ? (
        <div className="row">
          <Counterparties
            title={m("web.entity.customers")}
            side={info.exposure.customers}
            file={`halqa-${id}-customers`}
          />
          <Counterparties
            title={m("web.entity.suppliers")}
            side={info.exposure.suppliers}
            file={`halqa-${id}-suppliers`}
          />
        </div>
      ) : (
        <p className="hint">—</p>
      )}
      <h3>{m("web.entity.loops")}</h3>
      {info.loops.length === 0 ? (
        <p className="hint">{m("web.entity.noLoops")}</p>
      ) : (
        <LoopList
          loops={info.loops.slice(0, 8)}
          name={name}
          pinned={view.loop}
          onHover={onLoopHover}
          onPin={onLoopPin}
        />
      )}
      <DealList title={m("web.entity.dealsIn")} sides={info.dealsIn} view={view} onDeal={onDeal} />
      <DealList title={m("web.entity.dealsOut")} sides={info.dealsOut} view={view} onDeal={onDeal} />
    </section>
  );
}
