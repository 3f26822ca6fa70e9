// A compute thread of the API server. Worker threads do not inherit the parent's TypeScript loader,
// so this plain-JavaScript entry registers tsx (resolved from this package) and loads the worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
