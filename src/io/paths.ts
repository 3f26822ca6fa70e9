import { join } from "node:path";
import { PACKAGE_ROOT } from "./runtime.ts";

export { PACKAGE_ROOT };

/** The dataset that ships with halqa. */
export const BUNDLED_DATA_DIR = join(PACKAGE_ROOT, "data", "ai-economy");
