/** A message with an element in it: the Funding page's cited growth, its percent isolated in Arabic. */
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeI18n } from "../i18n/index.ts";
import { SLOT, withSlot } from "./with-slot.tsx";

const html = (node: unknown) => renderToStaticMarkup(createElement(Fragment, null, node as never));

describe("withSlot", () => {
  it("puts the element where the message holds its value, the words around it as the catalogue wrote them", () => {
    const { m, percent } = makeI18n("ar");
    const text = m("web.funding.growthHelp", { cited: SLOT });
    const out = html(withSlot(text, createElement("bdi", { dir: "ltr" }, percent(0.727))));
    expect(out).toContain('القيمة الموثقة: <bdi dir="ltr">72.7%</bdi>.');
    expect(out).not.toContain(SLOT);
  });

  it("is the text itself when the message has no slot", () => {
    expect(withSlot("no value here", "x")).toBe("no value here");
  });
});
