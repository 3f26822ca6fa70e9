/**
 * The stress-test routes: the bundled scenarios (GET), a scenario run and a network solve (POST).
 * The POST routes compute on what the client sends and keep nothing.
 */
import { NoQuery } from "../../schema/api.ts";
import { NetworkFileSchema } from "../../schema/network.ts";
import { ScenarioSchema } from "../../schema/scenario.ts";
import { NETWORK_LIMITS, StressBody, solveNetworkRoute, stressRoute } from "../handlers/stress.ts";
import { arr, bool, int, num, obj, ref, str } from "../openapi-schemas.ts";
import { bodySchema, type PostRoute } from "./post-route.ts";
import { anyObject, type Route, route } from "./route.ts";

const _nodeResult = obj(
  {
    id: str(),
    payments: { type: ["number", "null"], description: "What it pays on its liabilities." },
    recoveryRate: { type: ["number", "null"], description: "Payments ÷ what it owes, 0–1." },
    netWorth: { type: ["number", "null"] },
    equity: { type: ["number", "null"] },
    defaulted: bool(),
    wave: { type: ["integer", "null"], description: "The round in which it defaulted." },
    relativeLoss: { type: ["number", "null"], description: "DebtRank's h: share of equity lost, 0–1." },
    value: { type: ["number", "null"] },
  },
  "One node's result; fields a model does not compute are null.",
);

import { NETWORK_EXAMPLE } from "../../schema/network.ts";

export { NETWORK_EXAMPLE };
export const SCENARIO_ROUTES: Route[] = [
  route({
    path: "/api/scenarios",
    operationId: "scenarios",
    tag: "stress",
    summary: "The bundled stress scenarios",
    description:
      "Every scenario of the server's scenarios folder that fits the dataset, parsed, with its bilingual title, shocks and model, and the dataset figures it cites (`{ from: id }`) resolved with their sources. Files that do not fit are listed in `skipped` with their problems (docs/methods/stress.md).",
    query: NoQuery,
    response: {
      description: "The scenarios.",
      schema: obj({
        count: int(),
        scenarios: arr(
          {
            type: "object",
            description: "A scenario as in scenarios/*.yaml, plus `file` and `references`.",
            properties: {
              id: str(),
              title: ref("Localized"),
              model: anyObject("`name` and the model's options."),
              shocks: arr(anyObject("A shock: type, entity or lenders, fraction or months.")),
              file: str(),
              references: arr(
                obj({
                  path: str(),
                  id: str(),
                  value: num("The fraction the run uses."),
                  name: ref("Localized"),
                  sources: arr(str()),
                  estimate: bool(),
                }),
              ),
            },
            required: ["id", "title", "model", "shocks", "file", "references"],
          },
          "Sorted by file name.",
        ),
        monteCarlo: arr(
          anyObject("id, title, model, shocks"),
          "Scenarios whose shocks or parameters are distributions: run them with `halqa stress FILE --runs N`.",
        ),
        skipped: arr(obj({ file: str(), problems: arr(anyObject("code, path, params, line")) })),
      }),
    },
    errors: [],
    handle: ({ data }) => ({
      count: data.scenarios.scenarios.length,
      scenarios: data.scenarios.scenarios.map((s) => ({
        ...s.scenario,
        file: s.file,
        references: s.references,
      })),
      monteCarlo: data.scenarios.monteCarlo.map((s) => ({ ...s.scenario, file: s.file })),
      skipped: data.scenarios.skipped,
    }),
  }),
];

export const POST_ROUTES: PostRoute[] = [
  {
    path: "/api/stress",
    operationId: "stress",
    tag: "stress",
    summary: "Run a stress scenario",
    description:
      "Runs a scenario on the network built from the dataset (`halqa stress --json`; docs/methods/stress.md): a bundled one by id, or a scenario object of the same shape as scenarios/*.yaml. Returns the defaults by wave, the losses per entity, each deal's unfunded part, the account as coded steps (phrased by the messages report.stress.step.*), the assumptions with their sources and the dataset figures the scenario cites.",
    body: {
      description: "The scenario and, optionally, another model and the as-of date.",
      schema: {
        ...bodySchema(StressBody),
        properties: {
          ...(bodySchema(StressBody).properties as Record<string, unknown>),
          scenario: {
            oneOf: [{ type: "string", description: "A bundled scenario's id." }, bodySchema(ScenarioSchema)],
          },
        },
      },
      example: {
        scenario: {
          id: "my-test",
          title: { en: "OpenAI's revenue falls 80%", ar: "إيرادات أوبن أيه آي تهبط 80٪" },
          model: { name: "eisenberg-noe" },
          shocks: [{ type: "revenue-shortfall", entity: "openai", fraction: 0.8 }],
        },
        asOf: "2026-06-30",
      },
    },
    response: {
      description: "The stress result.",
      schema: ref("StressAnswer"),
    },
    errors: [422],
    handle: ({ data, today, body }) => stressRoute(data, today, body),
  },
  {
    path: "/api/network/solve",
    operationId: "networkSolve",
    tag: "stress",
    summary: "Solve a network you send",
    description: `Runs a contagion model on a plain financial network (docs/network-format.md; \`halqa network solve --json\`). The model and its options are the file's \`model\` (\`name\` is required here). At most ${NETWORK_LIMITS.nodes} nodes and ${NETWORK_LIMITS.links} liabilities, holdings and dependencies together; the network is not stored.`,
    body: {
      description: "A network file.",
      schema: bodySchema(NetworkFileSchema),
      example: NETWORK_EXAMPLE,
    },
    response: { description: "The model's result.", schema: ref("ModelResult") },
    errors: [422],
    handle: ({ body }) => solveNetworkRoute(body),
  },
];
