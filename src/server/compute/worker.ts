/**
 * A compute thread of the API server (started by ./threads.ts): builds its own DataContext from the
 * dataset and scenarios it is given, then answers one POST route's request at a time.
 */
import { parentPort, workerData } from "node:worker_threads";
import { dataContext } from "../context.ts";
import { POST_ROUTES } from "../routes/index.ts";
import { computeAnswer } from "./answer.ts";
import type { ComputeRequest } from "./protocol.ts";
import type { ThreadData } from "./threads.ts";

const port = parentPort;
if (!port) throw new Error("compute/worker.ts runs only as a worker thread");
const init = workerData as ThreadData;
const data = dataContext(init.dataset, {
  ...(init.scenarios ? { scenarios: init.scenarios } : {}),
  ...(init.marketFiles ? { marketFiles: init.marketFiles } : {}),
});
port.on("message", (request: ComputeRequest) => port.postMessage(computeAnswer(POST_ROUTES, data, request)));
