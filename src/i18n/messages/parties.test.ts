/**
 * "The parties" in Arabic: the dual «الطرفان» (and «الطرفين», «طرفا», «طرفي») names exactly two
 * parties, the plural «الأطراف» three or more (docs/arabic-style.md, Parties). A message about deals
 * whose parties it does not count may not use the dual: the estimate lines had said «لم يعلن الطرفان
 * مبلغًا» of nine deals, one of them Beignet's bonds with their many investors. The dual may stand only
 * in the `=2` branch of a count of parties.
 */
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { messageOrKey } from "../message.ts";
import { catalogueAr } from "./index.ts";
import type { MessageTree } from "./tree.ts";

const DUAL = /(^|[\s«(،؛])(ال)?طرف(ان|ين|ا|ي|اها|يها)(?=$|[\s»)،؛.:])/u;

function leaves(tree: MessageTree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[full, value] as [string, string]] : leaves(value, full);
  });
}

/** The literal text of a message outside every `=2` branch. */
function outsideDual(elements: readonly MessageFormatElement[]): string {
  let text = "";
  for (const element of elements) {
    if (element.type === TYPE.literal) text += element.value;
    if (element.type === TYPE.select || element.type === TYPE.plural)
      for (const [key, option] of Object.entries(element.options))
        if (key !== "=2") text += ` ${outsideDual(option.value)} `;
  }
  return text;
}

describe("Arabic: the parties in the dual only when they are two", () => {
  it("has no dual of «طرف» outside a count of parties' =2 branch", () => {
    const found = leaves(catalogueAr as MessageTree).filter(([, source]) =>
      DUAL.test(outsideDual(parse(source, { ignoreTag: true }))),
    );
    expect(found.map(([key]) => key)).toEqual([]);
  });

  it("words the estimate lines by the number of parties", () => {
    const line = (parties: number, count: number) =>
      messageOrKey("ar", "report.circularity.estimateLine", {
        flow: "1",
        estimated: "1",
        count,
        parties,
        largest: "x",
      });
    expect(line(2, 1)).toContain("ولم يعلن الطرفان مبلغًا");
    expect(line(3, 1)).toContain("ولم تعلن الأطراف مبلغًا");
    expect(line(26, 9)).toContain("ولم تعلن الأطراف مبلغًا");
    const ratio = (parties: number) =>
      messageOrKey("ar", "report.ratios.input.openaiEstimated", { count: 3, parties });
    expect(ratio(2)).toContain("لم يعلن الطرفان");
    expect(ratio(7)).toContain("لم تعلن الأطراف");
    expect(
      messageOrKey("en", "report.circularity.estimateLine", {
        flow: "1",
        estimated: "1",
        count: 1,
        parties: 2,
        largest: "x",
      }),
    ).toContain("no amount stated by either party");
  });
});
