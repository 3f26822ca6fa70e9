/**
 * What a pointer over a network drawing shows, on the ring of three with a bystander of
 * network-fixture.ts: the tooltips' words in both languages, and what hovering brings forward.
 */
import { describe, expect, it } from "vitest";
import { makeI18n } from "../i18n/index.ts";
import { NETWORK } from "./network-fixture.ts";
import { hoverFocus, networkTip } from "./network-hover.ts";
import { networkDrawing, networkLayout } from "./network-style.ts";

for (const lang of ["en", "ar"] as const)
  describe(`networkTip (${lang})`, () => {
    it("says in a tooltip who a company is and what it receives and pays; an edge, who pays whom", () => {
      const i18n = makeI18n(lang);
      const style = { i18n, name: (id: string) => `Company ${id.toUpperCase()}` };
      const tip = networkTip(NETWORK, style, { node: "a" });
      expect(tip?.title).toBe("Company A");
      expect(tip?.lines).toEqual([
        i18n.label("entityKind", "ai-lab"),
        `${i18n.m("web.entity.received")}: ${i18n.usd(30)}`,
        `${i18n.m("web.entity.paid")}: ${i18n.usd(50)}`,
      ]);
      const e = networkTip(NETWORK, style, { edge: "a>b" });
      expect(e?.title).toBe(`Company A ${i18n.m("web.units.arrow")} Company B`);
      expect(e?.after).toBe(`: ${i18n.usd(40e9)}`);
      expect(e?.lines).toEqual([`${i18n.label("dealType", "equity-investment")} · ${i18n.usd(40e9)}`]);
      expect(networkTip(NETWORK, style, { node: "nobody" })).toBeNull();
    });
  });

describe("hoverFocus", () => {
  it("brings forward a company, its edges and their other ends; an edge, itself and its ends", () => {
    const i18n = makeI18n("en");
    const name = (id: string) => id;
    const layout = networkLayout(NETWORK, {
      width: 900,
      name,
      i18n,
      measure: (t, size) => t.length * size * 0.6,
    });
    const d = networkDrawing(NETWORK, layout, { name, i18n });
    expect(hoverFocus(d, null)).toBeNull();
    const onD = hoverFocus(d, { node: "d" });
    expect([...(onD?.nodes ?? [])].sort()).toEqual(["a", "d"]);
    expect([...(onD?.edges ?? [])]).toEqual(["a>d"]);
    const onB = hoverFocus(d, { edge: "b>c" });
    expect([...(onB?.nodes ?? [])].sort()).toEqual(["b", "c"]);
    expect([...(onB?.edges ?? [])]).toEqual(["b>c"]);
  });
});
