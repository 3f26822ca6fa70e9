import { fileURLToPath } from "node:url";

/** The dataset that ships with halqa. */
export const BUNDLED_DATA_DIR = fileURLToPath(new URL("../../data/ai-economy", import.meta.url));

/** The seed articles the bundled dataset cites (outside the package, in the project's shared folder). */
export const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));
