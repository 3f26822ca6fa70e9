// The worker thread of the fast CSV reader (range-thread.ts). Worker threads do not inherit the
// parent's TypeScript loader, so this plain-JavaScript entry registers tsx and then loads the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./range-thread.ts");
