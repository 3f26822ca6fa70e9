/** Column guessing and shard ranges: hand-checked cases. */
import { describe, expect, it } from "vitest";
import { chooseColumns } from "./columns.ts";
import { parseShard, shardRange } from "./shard.ts";

describe("chooseColumns", () => {
  it.each([
    [["from", "to", "amount", "timestamp"], { src: "from", dst: "to", amount: "amount", ts: "timestamp" }],
    [
      ["Sender", "Receiver", "Value", "Date"],
      { src: "Sender", dst: "Receiver", amount: "Value", ts: "Date" },
    ],
    [
      ["debit_account", "credit_account", "amt", "created_at", "txn_id"],
      { src: "debit_account", dst: "credit_account", amount: "amt", ts: "created_at", id: "txn_id" },
    ],
    [
      ["Payer", "Payee", "Transaction Amount", "Booking-Date"],
      { src: "Payer", dst: "Payee", amount: "Transaction Amount", ts: "Booking-Date" },
    ],
  ])("guesses %j", (found, columns) => {
    const choice = chooseColumns(found, {}, ["src", "dst", "amount", "ts"]);
    expect(choice).toEqual({ ok: true, columns, guessed: expect.any(Array) });
  });

  it("takes the user's names (ignoring case when no exact match) and guesses only the rest", () => {
    const choice = chooseColumns(["A", "b", "amount", "ts"], { src: "a", dst: "b" }, [
      "src",
      "dst",
      "amount",
    ]);
    expect(choice).toEqual({
      ok: true,
      columns: { src: "A", dst: "b", amount: "amount", ts: "ts" },
      guessed: ["ts", "amount"],
    });
  });

  it("never uses one column for two roles", () => {
    const choice = chooseColumns(["from", "amount", "ts"], { dst: "from" }, ["src", "dst", "amount"]);
    expect(choice).toMatchObject({ ok: false, code: "ledger-missing-columns", params: { missing: ["src"] } });
  });
});

describe("shards", () => {
  it("parses i/n", () => {
    expect(parseShard("2/8")).toEqual({ index: 2, count: 8 });
    for (const bad of ["8/8", "1/0", "x/2", "-1/3", "1"]) expect(parseShard(bad)).toBeNull();
  });

  it("splits [T0, T1] into n owned ranges that meet exactly, the last one closed", () => {
    const ranges = [0, 1, 2].map((index) => shardRange(0, 90, { index, count: 3, windowMs: 5 }));
    expect(ranges.map((r) => [r.from, r.to, r.loadFrom, r.loadTo])).toEqual([
      [Number.NEGATIVE_INFINITY, 30, 0, 35],
      [30, 60, 30, 65],
      [60, Number.POSITIVE_INFINITY, 60, 90],
    ]);
  });
});
