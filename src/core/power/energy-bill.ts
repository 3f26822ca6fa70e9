/**
 * The yearly energy a block of compute draws and what it costs:
 *   energy (MWh) = GW × 1000 MW/GW × 8760 h × utilisation × PUE
 *   bill (USD)   = energy × price ($/MWh)
 * The GW are read as IT load; PUE adds the facility's cooling and losses. The parameters are cited in
 * data/ai-economy/parameters-power.yaml. Complexity: O(1).
 */

export const HOURS_PER_YEAR = 8760;

/** Parameter ids, in the order utilisation, PUE, price. */
export const ENERGY_PARAMETERS = [
  "power-utilisation-ai-dc",
  "power-pue-ai-campus",
  "power-price-usd-per-mwh",
] as const;

export function annualEnergyMwh(gw: number, utilisation: number, pue: number): number {
  return gw * 1000 * HOURS_PER_YEAR * utilisation * pue;
}

export function annualEnergyBillUsd(gw: number, utilisation: number, pue: number, usdPerMwh: number): number {
  return annualEnergyMwh(gw, utilisation, pue) * usdPerMwh;
}
