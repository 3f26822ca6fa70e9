// A stand-in for a search worker's start in bench/ledger-ingest.ts: registers tsx as the scan's worker
// entry does (src/io/ledger/scan-worker-entry.js), then loads bench/worker-setup.ts.
import { register } from "tsx/esm/api";

register();
await import("./worker-setup.ts");
