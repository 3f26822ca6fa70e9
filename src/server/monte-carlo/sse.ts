/**
 * A Monte Carlo job as a stream of server-sent events (text/event-stream, WHATWG HTML §9.2): first the
 * job's state now (a `progress` event while it runs), then every `progress` event as samples finish,
 * then one terminal event — `result` (the report), `error` (the failing sample and its seed, with a
 * message in the request's language) or `cancelled` (why, and the report of the samples done) — after
 * which the stream closes. A job already finished sends its terminal event at once. A comment line
 * every `heartbeatMs` keeps idle proxies from closing the connection. Closing the stream does not
 * cancel the job (DELETE does), so a client may reconnect.
 */
import { infinityAsString } from "../../core/json/json-infinity.ts";
import { type Language, problemMessage } from "../../i18n/index.ts";
import { type ModelFault, modelFaultText } from "../../i18n/model-problem.ts";
import { problemText } from "../errors.ts";
import type { Job, JobError, JobEvent, JobManager } from "./jobs.ts";

/** The error's message in the stream's language; a sample's model fault phrased as the reason. */
function jobErrorMessage(lang: Language, error: JobError): string {
  const fault = error.params.fault as ModelFault | undefined;
  if (error.code === "sample-failed" && fault) {
    return problemMessage(lang, "sample-failed", { ...error.params, reason: modelFaultText(lang, fault) });
  }
  return problemText(lang, error);
}

/** One event in the wire format: its name and one line of JSON data. */
export function formatEvent(event: JobEvent, lang: Language): string {
  const data =
    event.type === "error" ? { ...event.data, message: jobErrorMessage(lang, event.data) } : event.data;
  return `event: ${event.type}\ndata: ${JSON.stringify(data, infinityAsString)}\n\n`;
}

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Accel-Buffering": "no",
} as const;

export function eventStream(jobs: JobManager, job: Job, lang: Language, heartbeatMs = 15_000): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: JobEvent) => {
        controller.enqueue(encoder.encode(formatEvent(event, lang)));
        if (event.type !== "progress") {
          stop();
          controller.close();
        }
      };
      // Subscribe before reading the state: no event can fall between the two.
      const unsubscribe = jobs.subscribe(job.id, send);
      const heartbeat = setInterval(
        () => controller.enqueue(encoder.encode(": keep-alive\n\n")),
        heartbeatMs,
      );
      heartbeat.unref?.();
      stop = () => {
        unsubscribe();
        clearInterval(heartbeat);
      };
      send(job.last());
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { status: 200, headers: SSE_HEADERS });
}
