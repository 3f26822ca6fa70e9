/**
 * Depreciation-life sensitivity on the hyperscalers' capex in the data: the compute share of the 2025
 * capex and of the 2026 guidance, depreciated over Burry's short life (the 2–3-year product cycle) and
 * over the six-year life the hyperscalers use, and the difference over 2026–2028 beside Burry's $176B.
 * Burry did not publish his inputs, so this is a sensitivity, not a reproduction (the output says so).
 */

import { depreciationInYear, understatedDepreciation, type Vintage } from "./depreciation.ts";
import type { EconAnalysis, EconInput, InputReader } from "./inputs.ts";
import { output, present } from "./inputs.ts";

export const WINDOW = { from: 2026, to: 2028 } as const;
const LIVES = [3, 4, 5, 6];

export function depreciationAnalysis(read: InputReader): EconAnalysis {
  const capex2025 = read.indicator("hyperscaler-capex-2025-combined");
  const capex2026 = read.indicator("hyperscaler-capex-2026-guidance-combined");
  const hardware = read.indicator("morgan-stanley-dc-spend-hardware-2025-2028");
  const total = read.indicator("morgan-stanley-global-dc-spend-2025-2028");
  const computeShare =
    hardware && total
      ? read.derived({
          key: "compute-share-of-capex",
          value: (hardware.value / total.value) * 100,
          unit: "percent",
          from: "indicators:morgan-stanley-dc-spend-hardware-2025-2028 ÷ morgan-stanley-global-dc-spend-2025-2028",
          sources: [...new Set([...hardware.sources, ...total.sources])],
          estimate: true,
        })
      : undefined;
  const shortLife = read.parameter("burry-compute-product-cycle-years", "high");
  const longLife = read.parameter("server-useful-life-google");
  const inputs: (EconInput | undefined)[] = [capex2025, capex2026, computeShare, shortLife, longLife];
  const keys = [
    "hyperscaler-capex-2025-combined",
    "hyperscaler-capex-2026-guidance-combined",
    "compute-share-of-capex",
    "burry-compute-product-cycle-years",
    "server-useful-life-google",
  ];
  const missing = keys.filter((_, i) => inputs[i] === undefined);
  const published = read.published("burry-understated-depreciation-2026-2028");
  if (!capex2025 || !capex2026 || !computeShare || !shortLife || !longLife) {
    return {
      id: "depreciation-life",
      inputs: inputs.filter(present),
      missing,
      outputs: [output("understated-depreciation", null, "USD")],
    };
  }
  const share = computeShare.value / 100;
  const vintages: Vintage[] = [
    { year: 2025, amount: capex2025.value * share },
    { year: 2026, amount: capex2026.value * share },
  ];
  const understated = understatedDepreciation(
    vintages,
    shortLife.value,
    longLife.value,
    WINDOW.from,
    WINDOW.to,
  );
  const compare = published
    ? { value: published.value, from: published.from, sources: published.sources }
    : undefined;
  return {
    id: "depreciation-life",
    inputs: inputs.filter(present),
    missing,
    outputs: [
      {
        key: "understated-depreciation",
        value: understated,
        unit: "USD",
        params: { from: WINDOW.from, to: WINDOW.to, short: shortLife.value, long: longLife.value },
        // A comparison, never "reproduced": Burry's inputs are not public.
        ...(compare ? { published: compare } : {}),
      },
      ...LIVES.map((life) =>
        output("depreciation-per-year", depreciationInYear(vintages.slice(1), life, 2026), "USD", undefined, {
          life,
          year: 2026,
        }),
      ),
    ],
  };
}
