import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexNetwork } from "../core/contagion/network.ts";
import { hasMessage } from "../i18n/message.ts";
import { parseNetwork } from "./network.ts";

const good = {
  nodes: [
    { id: "a", externalAssets: 1, externalLiabilities: 0, volatility: 0.3 },
    { id: "b", externalAssets: 0, externalLiabilities: 2, capital: 1 },
  ],
  liabilities: [{ debtor: "a", creditor: "b", amount: 2 }],
  holdings: [
    { holder: "a", issuer: "b", share: 0.6, kind: "equity" },
    { holder: "b", issuer: "a", share: 0.4, kind: "debt" },
  ],
  shocks: [{ node: "a", externalAssets: -0.5 }],
  model: { name: "eisenberg-noe", externalSeniority: "senior" },
};

const codes = (json: unknown) => {
  const r = parseNetwork(json);
  return r.ok ? [] : r.problems.map((p) => `${p.code}@${p.path.join(".")}`);
};

describe("network file schema", () => {
  it("accepts a good file, fills absent lists and keeps the model options", () => {
    const r = parseNetwork(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.network.dependencies).toEqual([]);
    expect(r.model).toEqual({ name: "eisenberg-noe", externalSeniority: "senior" });
    expect(indexNetwork(r.network).externalAssets[0]).toBe(0.5);
  });

  it("checks NEVA's choices in the model with their path", () => {
    const neva = { name: "neva", valuation: "linear-debtrank", externalSeniority: "senior" };
    expect(codes({ ...good, model: { ...neva, blackCoxAssets: "total" } })).toEqual([]);
    expect(codes({ ...good, model: { ...neva, valuation: "linear" } })).toEqual([
      "invalid-enum@model.valuation",
    ]);
    expect(
      codes({ ...good, model: { ...neva, externalSeniority: "junior", blackCoxAssets: 1 } }).sort(),
    ).toEqual(["invalid-enum@model.blackCoxAssets", "invalid-enum@model.externalSeniority"]);
  });

  it("reports every problem with its code and path", () => {
    const bad = {
      nodes: [
        { id: "a", externalAssets: -1, externalLiabilities: 0 },
        { id: "a", externalAssets: 0, externalLiabilities: 0 },
        { id: "b", externalAssets: 0, externalLiabilities: 0, colour: "red" },
      ],
      liabilities: [
        { debtor: "a", creditor: "a", amount: 1 },
        { debtor: "a", creditor: "zz", amount: -2 },
      ],
      holdings: [
        { holder: "a", issuer: "b", share: 0.7, kind: "equity" },
        { holder: "b", issuer: "b", share: 0.5, kind: "equity" },
        { holder: "a", issuer: "b", share: 0.7, kind: "debt" },
      ],
      shocks: [{ node: "nobody", default: true }],
    };
    expect(codes(bad).sort()).toEqual(
      [
        "negative-amount@nodes.0.externalAssets",
        "duplicate-node@nodes.1.id",
        "unknown-field@nodes.2.colour",
        "self-liability@liabilities.0",
        "unknown-node@liabilities.1.creditor",
        "negative-amount@liabilities.1.amount",
        "holdings-over-100@holdings.0.share",
        "unknown-node@shocks.0.node",
      ].sort(),
    );
  });

  it("requires nodes and refuses shares outside [0, 1]", () => {
    expect(codes({})).toEqual(["required@nodes"]);
    expect(codes({ ...good, holdings: [{ holder: "a", issuer: "b", share: 1.5, kind: "equity" }] })).toEqual([
      "too-big@holdings.0.share",
    ]);
  });

  it("has an English and an Arabic message for every new code", () => {
    for (const code of [
      "self-liability",
      "holdings-over-100",
      "unknown-node",
      "duplicate-node",
      "negative-amount",
    ]) {
      expect(hasMessage("en", `problem.${code}`)).toBe(true);
      expect(hasMessage("ar", `problem.${code}`)).toBe(true);
    }
  });

  it("accepts holdings exactly when each issuer's shares per kind add up to at most 100%", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }), (tenths) => {
        const holdings = tenths.map((t, i) => ({
          holder: i % 2 ? "a" : "b",
          issuer: "b",
          share: t / 10,
          kind: "equity",
        }));
        const ok = parseNetwork({ ...good, holdings }).ok;
        expect(ok).toBe(tenths.reduce((s, t) => s + t, 0) <= 10);
      }),
      { numRuns: 500 },
    );
  });
});
