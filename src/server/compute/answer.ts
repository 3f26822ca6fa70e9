/**
 * One POST route's computation, the same whether it runs in a compute thread (./worker.ts) or on the
 * main thread (no threads configured): the handler's result serialised as the response body, or the
 * error as data a thread can post.
 */
import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { DataContext } from "../context.ts";
import { ApiError, toApiError } from "../errors.ts";
import type { PostRoute } from "../routes/post-route.ts";
import type { ComputeReply, ComputeRequest } from "./protocol.ts";

export function computeAnswer(
  routes: readonly PostRoute[],
  data: DataContext,
  request: ComputeRequest,
): ComputeReply {
  const route = routes.find((r) => r.path === request.path);
  try {
    if (!route) throw new Error(`no POST route ${request.path}`);
    const result = route.handle({ data, today: request.today, body: JSON.parse(request.body) });
    return { ok: true, text: JSON.stringify(result, infinityAsString) };
  } catch (error) {
    const api = toApiError(error);
    if (api.status < 500)
      return { ok: false, status: api.status, problems: api.problems, headers: api.headers };
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, internal: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
}

/** The reply as the main thread answers it: the body text, or the error thrown to app.ts's onError. */
export function unwrapReply(reply: ComputeReply): string {
  if (reply.ok) return reply.text;
  if ("internal" in reply) {
    const error = new Error(reply.internal.message);
    if (reply.internal.stack) error.stack = reply.internal.stack;
    throw error;
  }
  throw new ApiError(reply.status, reply.problems, reply.headers);
}
