/**
 * A network drawing's text alternative: every entity with what it receives and pays, each a button
 * that does what clicking its node does, so the keyboard reaches everything the picture offers.
 */

import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import type { Network } from "../model/network.ts";
import { dealSourceIds } from "../util/cited-sources.ts";
import { CsvButton } from "./CsvButton.tsx";
import { TableHead } from "./TableHead.tsx";

type Props = {
  network: Network;
  name: (id: string) => string;
  onSelect: (id: string) => void;
  caption: string;
};

export function NetworkTable({ network, name, onSelect, caption }: Props) {
  const { m, usd, label } = useI18n();
  const { dataset } = useModel();
  const rows = [...network.nodes].sort((a, b) => b.received - a.received || b.paid - a.paid);
  return (
    <table className="table compact">
      <caption>
        {caption}{" "}
        <CsvButton
          name={caption}
          fileName="halqa-network-entities"
          header={[
            m("report.market.company"),
            m("report.common.kind"),
            m("web.entity.received"),
            m("web.entity.paid"),
          ]}
          rows={() => rows.map((n) => [name(n.id), label("entityKind", n.kind), n.received, n.paid])}
          sourceIds={() =>
            dealSourceIds(
              dataset,
              network.edges.flatMap((e) => e.deals.map((d) => d.deal)),
            )
          }
        />
      </caption>
      <TableHead
        columns={[
          m("report.market.company"),
          m("report.common.kind"),
          m("web.entity.received"),
          m("web.entity.paid"),
        ]}
      />
      <tbody>
        {rows.map((n) => (
          <tr key={n.id}>
            <th scope="row">
              <button
                type="button"
                className="link"
                onClick={() => onSelect(n.id)}
                aria-label={m("web.overview.openInExplorer", { name: name(n.id) })}
              >
                {name(n.id)}
              </button>
            </th>
            <td>{label("entityKind", n.kind)}</td>
            <td className="num">{usd(n.received)}</td>
            <td className="num">{usd(n.paid)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
