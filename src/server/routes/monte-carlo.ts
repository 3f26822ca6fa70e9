/**
 * The Monte Carlo routes: POST /api/stress/monte-carlo starts a job (202 with its id), GET …/{id}
 * reads its state and result, GET …/{id}/events streams its progress as server-sent events, DELETE
 * …/{id} cancels it. Unlike the other routes they keep state (the jobs of ../monte-carlo/jobs.ts), so
 * they are registered here with their own methods and described by MONTE_CARLO_PATHS for OpenAPI.
 */
import type { Context, Hono } from "hono";
import { NoQuery } from "../../schema/api.ts";
import { UncertainScenarioSchema } from "../../schema/scenario.ts";
import { readJsonBody } from "../body.ts";
import type { DataContext } from "../context.ts";
import { ApiError, queryProblems } from "../errors.ts";
import { enforceBodyLimit, methodNotAllowed, requestLanguage } from "../http.ts";
import { type JobManager, jobView } from "../monte-carlo/jobs.ts";
import { MONTE_CARLO_MAX_RUNS, MonteCarloBody, monteCarloRequest } from "../monte-carlo/request.ts";
import { eventStream } from "../monte-carlo/sse.ts";
import { int, num, obj, ref, str } from "../openapi-schemas.ts";
import { bodySchema } from "./post-route.ts";
import { anyObject } from "./route.ts";

export const MONTE_CARLO_PATH = "/api/stress/monte-carlo";

export const isMonteCarloPath = (path: string) =>
  path === MONTE_CARLO_PATH || path.startsWith(`${MONTE_CARLO_PATH}/`);

export type MonteCarloRoutes = {
  data: DataContext;
  jobs: JobManager;
  today: () => string;
  /** Who is asking: the remote address (jobs are limited per client). */
  clientOf: (c: Context) => string;
};

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

/** 405 with `Allow`, and a message naming the same methods (http.ts). */
const notAllowed = methodNotAllowed;

/** Only `lang` may be in the query, as on the other routes. */
function checkQuery(url: string): void {
  const parsed = NoQuery.safeParse(Object.fromEntries(new URL(url).searchParams), { reportInput: true });
  if (!parsed.success) throw new ApiError(400, queryProblems(parsed.error.issues, ["lang"]));
}

export function registerMonteCarloRoutes(app: Hono, routes: MonteCarloRoutes): void {
  const { data, jobs } = routes;
  const job = (id: string) => {
    const found = jobs.get(id);
    if (!found) throw new ApiError(404, { code: "unknown-job", path: "id", params: { id } });
    return found;
  };
  const links = (id: string) => ({
    status: `${MONTE_CARLO_PATH}/${id}`,
    events: `${MONTE_CARLO_PATH}/${id}/events`,
  });

  app.post(MONTE_CARLO_PATH, async (c) => {
    checkQuery(c.req.url);
    const body = await readJsonBody(c.req.raw);
    const request = monteCarloRequest(data, routes.today(), body);
    const started = jobs.start(routes.clientOf(c), request);
    return json({ ...jobView(started), ...links(started.id) }, 202, {
      Location: links(started.id).status,
    });
  });
  app.all(MONTE_CARLO_PATH, (c) => {
    throw notAllowed(c.req.method, "POST");
  });
  app.get(`${MONTE_CARLO_PATH}/:id/events`, async (c) => {
    await enforceBodyLimit(c.req.raw);
    checkQuery(c.req.url);
    const found = job(c.req.param("id"));
    return eventStream(jobs, found, requestLanguage(c.req.url, c.req.header("accept-language") ?? null));
  });
  app.all(`${MONTE_CARLO_PATH}/:id/events`, (c) => {
    throw notAllowed(c.req.method, "GET");
  });
  app.get(`${MONTE_CARLO_PATH}/:id`, async (c) => {
    await enforceBodyLimit(c.req.raw);
    checkQuery(c.req.url);
    const id = c.req.param("id");
    return json({ ...jobView(job(id)), ...links(id) });
  });
  app.delete(`${MONTE_CARLO_PATH}/:id`, async (c) => {
    await enforceBodyLimit(c.req.raw);
    checkQuery(c.req.url);
    const id = c.req.param("id");
    job(id);
    const cancelled = jobs.cancel(id);
    return json({ ...jobView(cancelled ?? job(id)), ...links(id) }, 202);
  });
  app.all(`${MONTE_CARLO_PATH}/:id`, (c) => {
    throw notAllowed(c.req.method, "GET, DELETE");
  });
  app.all(`${MONTE_CARLO_PATH}/*`, (c) => {
    throw new ApiError(404, { code: "not-found", params: { path: c.req.path } });
  });
}

// ─── OpenAPI ────────────────────────────────────────────────────────────────

const progress = obj(
  {
    done: int("Samples finished."),
    runs: int("Samples asked for."),
    rate: num("Samples a second so far."),
    eta: {
      type: ["number", "null"],
      description: "Seconds left at that rate (null before the first chunk).",
    },
  },
  "How far the job is.",
);

/** The run's report, as `halqa stress FILE --runs N --json` prints it (docs/methods/monte-carlo.md). */
const report = ref("MonteCarloReport");

const jobSchema = {
  type: "object",
  description: "A Monte Carlo job.",
  properties: {
    id: str("The job's id (a random UUID)."),
    state: { type: "string", enum: ["running", "done", "failed", "cancelled"] },
    scenario: str(),
    model: str(),
    asOf: str(),
    runs: int(),
    seed: int(),
    progress,
    elapsed: num("Seconds since the start (to the end when finished)."),
    reason: { type: "string", enum: ["request", "time-limit"], description: "Why a cancelled job stopped." },
    result: report,
    error: obj(
      { code: str(), params: anyObject("sample, seed, sampleSeed, reason.") },
      "Why the job failed.",
    ),
    status: str("This job's URL."),
    events: str("Its event stream's URL."),
  },
  required: [
    "id",
    "state",
    "scenario",
    "model",
    "asOf",
    "runs",
    "seed",
    "progress",
    "elapsed",
    "status",
    "events",
  ],
};

const LANG = {
  name: "lang",
  in: "query",
  required: false,
  description: "Language of error messages (default: Accept-Language, else en).",
  schema: { type: "string", enum: ["en", "ar"] },
};
const ID = {
  name: "id",
  in: "path",
  required: true,
  description: "The job's id, from the POST's answer.",
  schema: { type: "string" },
};
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});
const gone = error("No such job: never started, or finished and dropped after a few minutes.");

export function monteCarloPaths(limits: {
  total: number;
  perClient: number;
  maxSeconds: number;
  keepSeconds: number;
}) {
  const bounds = `At most ${MONTE_CARLO_MAX_RUNS.toLocaleString("en")} runs; ${limits.total} jobs at once on the server and ${limits.perClient} per client address (429 with Retry-After beyond); a job stops after ${limits.maxSeconds} s with the samples done; a finished job stays readable ${limits.keepSeconds / 60} minutes.`;
  return {
    [MONTE_CARLO_PATH]: {
      post: {
        operationId: "monteCarloStart",
        tags: ["stress"],
        summary: "Start a Monte Carlo stress run",
        description: `Starts a Monte Carlo run of a scenario with distributions on worker threads (docs/methods/monte-carlo.md) and answers at once with the job's id; follow it with GET …/{id}/events. ${bounds}`,
        parameters: [LANG],
        requestBody: {
          required: true,
          description:
            "The scenario, the number of runs and the seed; optionally another model and the as-of date.",
          content: {
            "application/json": {
              schema: {
                ...bodySchema(MonteCarloBody),
                properties: {
                  ...(bodySchema(MonteCarloBody).properties as Record<string, unknown>),
                  scenario: {
                    oneOf: [
                      { type: "string", description: "A bundled Monte Carlo scenario's id." },
                      bodySchema(UncertainScenarioSchema),
                    ],
                  },
                },
              },
              example: { scenario: "openai-revenue-uncertain", runs: 5000, seed: 7 },
            },
          },
        },
        responses: {
          "202": {
            description: "The job started.",
            headers: { Location: { description: "The job's URL.", schema: { type: "string" } } },
            content: { "application/json": { schema: jobSchema } },
          },
          "400": error(
            "The body is not valid JSON or not a valid run: `details.problems` lists every problem with its path.",
          ),
          "405": error("Only POST is allowed on this path."),
          "413": error("The body is over 1 MiB."),
          "415": error("The body is not declared as JSON."),
          "429": {
            ...error("Too many jobs running (on the server, or for this client)."),
            headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
          },
        },
      },
    },
    [`${MONTE_CARLO_PATH}/{id}`]: {
      get: {
        operationId: "monteCarloJob",
        tags: ["stress"],
        summary: "A Monte Carlo job's state",
        description: "The job's state and progress, and its result once it is done (or cancelled).",
        parameters: [ID, LANG],
        responses: {
          "200": { description: "The job.", content: { "application/json": { schema: jobSchema } } },
          "404": gone,
        },
      },
      delete: {
        operationId: "monteCarloCancel",
        tags: ["stress"],
        summary: "Cancel a Monte Carlo job",
        description:
          "Stops the job's workers; the job ends `cancelled` with the report of the samples done (its event stream sends `cancelled`). A finished job is left as it is.",
        parameters: [ID, LANG],
        responses: {
          "202": {
            description: "Cancelling (or already finished).",
            content: { "application/json": { schema: jobSchema } },
          },
          "404": gone,
        },
      },
    },
    [`${MONTE_CARLO_PATH}/{id}/events`]: {
      get: {
        operationId: "monteCarloEvents",
        tags: ["stress"],
        summary: "A Monte Carlo job's progress, as server-sent events",
        description:
          "A `text/event-stream`: `progress` events `{done, runs, rate, eta}` while the job runs, then one of `result` (the report), `error` (`{code, params: {sample, seed, sampleSeed, reason}, message}`) or `cancelled` (`{reason, result}` with the partial report); the stream then closes. A finished job sends its last event at once.",
        parameters: [ID, LANG],
        responses: {
          "200": {
            description: "The event stream.",
            content: {
              "text/event-stream": {
                schema: {
                  type: "string",
                  description: "event: progress|result|error|cancelled, data: one line of JSON.",
                },
              },
            },
          },
          "404": gone,
        },
      },
    },
  };
}
