/**
 * The value lists behind the schemas' enums, as plain constants with no zod: the zod schemas build
 * their enums from them, and the browser imports them directly without pulling zod into its bundle.
 */

export const DEAL_TYPES = [
  "equity-investment",
  "compute-commitment",
  "chip-supply",
  "vendor-financing",
  "warrant",
  "lease",
  "loan",
  "bond",
  "private-credit",
  "guarantee",
  "spv-financing",
  "power-purchase",
  "acquisition",
  "partnership",
  "revenue-share",
  "licensing",
  "divestment",
  "joint-venture",
] as const;

/** Lifecycle of a deal, in the order a deal usually moves through it. */
export const DEAL_STATUSES = [
  "rumored",
  "talks",
  "loi",
  "mou",
  "announced",
  "signed",
  "closed",
  "funded",
  "revised",
  "terminated",
] as const;
