/** What the server's main thread and its compute threads say to each other (./threads.ts, ./worker.ts). */
import type { ApiProblem } from "../errors.ts";

export type ComputeRequest = {
  /** The POST route's path (a key of POST_ROUTES). */
  path: string;
  today: string;
  /** The request body as JSON text (parsed again in the thread, so it arrives exactly as parsed). */
  body: string;
};

export type ComputeReply =
  /** The response body, serialised in the thread exactly as the main thread would. */
  | { ok: true; text: string }
  /** An answer with an error status (400, 422 …): the ApiError's data. */
  | { ok: false; status: number; problems: ApiProblem[]; headers: Record<string, string> }
  /** A bug: logged by the main thread, answered 500 internal-error. */
  | { ok: false; internal: { message: string; stack?: string } };
