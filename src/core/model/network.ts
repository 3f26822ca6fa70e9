/**
 * A plain financial network, the input of every contagion model: nodes with their external balance
 * sheet, interbank liabilities, cross-holdings (equity or debt), dependencies, and shocks. Built from
 * a user's file (docs/network-format.md, checked by src/schema/network.ts) or from the dataset
 * (src/core/stress/build-network.ts); src/core/contagion/network.ts indexes it for the models.
 */

export type NetworkNode = {
  id: string;
  /** Assets held outside the network (cash, loans to the real economy …). */
  externalAssets: number;
  /** Liabilities to creditors outside the network. */
  externalLiabilities: number;
  /** Equity capital at the start, when the model needs it (DebtRank, thresholds). */
  capital?: number;
  /** Face value of debt, for Black–Cox and the cross-holding models. */
  debt?: number;
  /** Elliott–Golub–Jackson failure threshold on the node's value. */
  threshold?: number;
  /** Cost incurred when the node fails (Elliott–Golub–Jackson). */
  failureCost?: number;
  /** Economic weight (e.g. total assets) for DebtRank's systemic loss; defaults to total assets. */
  weight?: number;
  /** Asset volatility (per year) for the Black–Cox valuation. */
  volatility?: number;
};

export type Liability = { debtor: string; creditor: string; amount: number };
export type Holding = { holder: string; issuer: string; share: number; kind: "equity" | "debt" };
export type Dependency = { holder: string; issuer: string; weight: number };
export type Shock = { node: string; externalAssets?: number; equityLoss?: number; default?: boolean };

export type FinancialNetwork = {
  nodes: NetworkNode[];
  liabilities: Liability[];
  holdings: Holding[];
  dependencies: Dependency[];
  shocks: Shock[];
};
