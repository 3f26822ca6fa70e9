// The --out writer thread. Worker threads do not inherit the parent's TypeScript loader, so this
// plain-JavaScript entry registers tsx (resolved from this package, wherever the process was started)
// and then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./write-thread.ts");
