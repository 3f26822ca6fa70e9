/** `halqa network solve` end to end, in process, on a three-node chain worked by hand. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { tempDataset } from "../testing/temp-dataset.ts";
import { main } from "./main.ts";

const CHAIN = fileURLToPath(new URL("../testing/fixtures/networks/chain.json", import.meta.url));

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe("halqa network solve", () => {
  it("clears the chain C → B → A: C pays nothing, B pays 2 of 6, in waves 1 and 2", async () => {
    // C holds 1 − 1 (shock) = 0 against 4 to B and 5 outside; B holds 2 + 0 against 6 to A.
    const json = JSON.parse((await run(["network", "solve", CHAIN, "--json"])).out);
    expect(json.model).toBe("eisenberg-noe");
    const byId = Object.fromEntries(json.nodes.map((n: { id: string }) => [n.id, n]));
    expect(byId.C).toMatchObject({ payments: 0, defaulted: true, wave: 1 });
    expect(byId.B).toMatchObject({ payments: 2, defaulted: true, wave: 2 });
    expect(byId.B.recoveryRate).toBeCloseTo(1 / 3, 12);
    expect(byId.A).toMatchObject({ defaulted: false, netWorth: 12 });
  });

  it("takes the model and its options from flags over the file", async () => {
    const json = JSON.parse(
      (
        await run([
          "network",
          "solve",
          CHAIN,
          "--model",
          "rogers-veraart",
          "--alpha",
          "0.5",
          "--beta",
          "0.5",
          "--json",
        ])
      ).out,
    );
    expect(json.options).toMatchObject({ alpha: 0.5, beta: 0.5 });
    expect(json.nodes.find((n: { id: string }) => n.id === "B").payments).toBeCloseTo(1, 12);
  });

  it("values the chain with NEVA's linear DebtRank, outside creditors senior", async () => {
    // Book equities before the shock: A 16, B 0, C −8. C loses all (V = 0); B, with no equity to
    // lose, is wiped out (V = 0); A keeps 10 of 16: h = 0.375.
    const json = JSON.parse(
      (
        await run([
          "network",
          "solve",
          CHAIN,
          "--model",
          "neva",
          "--valuation",
          "linear-debtrank",
          "--external-seniority",
          "senior",
          "--json",
        ])
      ).out,
    );
    expect(json.options).toMatchObject({ valuation: "linear-debtrank", externalSeniority: "senior" });
    const byId = Object.fromEntries(json.nodes.map((n: { id: string }) => [n.id, n]));
    expect(byId.A.value).toBeCloseTo(10, 9);
    expect(byId.A.recoveryRate).toBeCloseTo(0.625, 9);
    expect(byId.B.payments).toBe(0);
    // The Black–Cox convention is a NEVA option; Eisenberg–Noe has none.
    const chain = ["network", "solve", CHAIN, "--black-cox-assets", "total", "--json"];
    expect((await run([...chain, "--model", "neva"])).code).toBe(0);
    expect((await run([...chain, "--model", "eisenberg-noe"])).code).not.toBe(0);
  });

  it("names the totals in Arabic, not by their keys", async () => {
    const r = await run([
      "network",
      "solve",
      CHAIN,
      "--model",
      "neva",
      "--external-seniority",
      "senior",
      "--lang",
      "ar",
    ]);
    expect(r.out).toContain("المدفوع للدائنين من خارج الشبكة");
    expect(r.out).not.toMatch(/externalPaid:|defaults:/);
  });

  it("names the model and its conventions in words, not by their ids or as JSON, in both languages", async () => {
    const en = (await run(["network", "solve", CHAIN, "--model", "eisenberg-noe"])).out.replace(/\s+/g, " ");
    expect(en).toContain("Eisenberg–Noe clearing: converged in");
    expect(en).toContain("Debt owed outside the network: ranks with the network's debts");
    expect(en).not.toMatch(/[{}]|externalSeniority|pari-passu/);
    const ar = (await run(["network", "solve", CHAIN, "--model", "eisenberg-noe", "--lang", "ar"])).out;
    expect(ar).toContain("مقاصة آيزنبرغ–نو: تقارب الحل");
    expect(ar).not.toMatch(/[{}]|externalSeniority|eisenberg-noe/);
  });

  it.each([
    "eisenberg-noe",
    "rogers-veraart",
    "furfine",
    "debtrank",
    "debtrank-linear",
    "neva",
    "elliott-golub-jackson",
    "cross-holdings",
  ])("runs %s and says it converged", async (model) => {
    const r = await run(["network", "solve", CHAIN, "--model", model, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ model, converged: true });
  });

  it.each([
    [
      { nodes: [{ id: "A", externalAssets: -1, externalLiabilities: 0 }], liabilities: [] },
      /negative-amount/,
    ],
    [
      {
        nodes: [{ id: "A", externalAssets: 1, externalLiabilities: 0 }],
        liabilities: [{ debtor: "A", creditor: "A", amount: 1 }],
      },
      /self-liability/,
    ],
    [
      {
        nodes: [{ id: "A", externalAssets: 1, externalLiabilities: 0 }],
        liabilities: [{ debtor: "A", creditor: "Z", amount: 1 }],
      },
      /unknown-node/,
    ],
  ])("rejects a bad network with exit 1 and the problem's code", async (network, code) => {
    const dir = await tempDataset({ "n.json": JSON.stringify(network) });
    const r = await run(["network", "solve", `${dir}/n.json`, "--model", "eisenberg-noe"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(code);
  });

  it.each([
    [["--model", "magic"], /--model must be one of/],
    [["--alpha", "2"], /--alpha must be between 0 and 1/],
    [["--external-seniority", "junior"], /--external-seniority must be one of pari-passu, senior/],
    [["--model", "neva", "--valuation", "linear"], /--valuation must be one of .*linear-debtrank/],
    [["--model", "neva", "--black-cox-assets", "all"], /--black-cox-assets must be one of external, total/],
  ])("rejects bad usage %j with exit 2", async (args, message) => {
    const r = await run(["network", "solve", CHAIN, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
