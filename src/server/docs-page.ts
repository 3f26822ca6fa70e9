/**
 * The API's documentation as one self-contained HTML page, rendered on the server from the OpenAPI
 * document: a linked table of contents, every route with its parameters (type, default, allowed
 * values, range), responses and an example request, and the shared schemas. No script and nothing
 * loaded from elsewhere, so it works under the API's Content-Security-Policy; styles are inline.
 */
import type { JsonSchema } from "./openapi-schemas.ts";

type Operation = {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  parameters: {
    name: string;
    in: string;
    required: boolean;
    description: string;
    schema: JsonSchema;
    example?: string;
  }[];
  requestBody?: { description: string; content: Record<string, { schema: JsonSchema; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
};

type Method = "get" | "post" | "delete";
type PathItem = Partial<Record<Method, Operation>>;
type Entry = { path: string; method: Method; op: Operation };

type Document = {
  info: { title: string; version: string; summary: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, JsonSchema> };
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Escaped text with `code` spans. */
const prose = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");

const anchor = (name: string) => `schema-${name}`;

/** A schema in a few words: "integer, 1–12", "one of: a, b", "list of Amount". */
export function describeType(schema: JsonSchema | undefined): string {
  if (!schema) return "any";
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop() as string;
    return `<a href="#${anchor(name)}">${escapeHtml(name)}</a>`;
  }
  if (Array.isArray(schema.enum))
    return `one of: ${schema.enum.map((v) => `<code>${escapeHtml(String(v))}</code>`).join(", ")}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : String(schema.type ?? "any");
  if (type === "array") {
    const items = describeType(schema.items as JsonSchema | undefined);
    return `list of ${items}`;
  }
  const bounds = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : "",
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : "",
    schema.maxLength !== undefined ? `at most ${schema.maxLength} characters` : "",
    typeof schema.pattern === "string" ? `pattern <code>${escapeHtml(schema.pattern)}</code>` : "",
  ].filter(Boolean);
  return escapeHtml(type) + (bounds.length ? `, ${bounds.join(", ")}` : "");
}

function parameterRows(op: Operation): string {
  if (op.parameters.length === 0) return "<p>No parameters.</p>";
  const rows = op.parameters.map((p) => {
    const fallback =
      p.schema.default !== undefined ? `<code>${escapeHtml(String(p.schema.default))}</code>` : "";
    const type =
      p.schema.type === "array" ? `${describeType(p.schema)} (comma-separated)` : describeType(p.schema);
    return `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? " <em>required</em>" : ""}</td><td>${p.in}</td><td>${type}</td><td>${fallback}</td><td>${prose(p.description)}</td></tr>`;
  });
  return `<table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Default</th><th>Description</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function responseRows(op: Operation): string {
  const rows = Object.entries(op.responses).map(([status, r]) => {
    const content = r.content ? Object.entries(r.content)[0] : undefined;
    const shape = content ? `${escapeHtml(content[0])}: ${describeType(content[1].schema)}` : "";
    return `<tr><td>${escapeHtml(status)}</td><td>${prose(r.description)}</td><td>${shape}</td></tr>`;
  });
  return `<table><thead><tr><th>Status</th><th>Meaning</th><th>Body</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function example({ path, method, op }: Entry, query: string | undefined): string {
  const id = op.parameters.find((p) => p.in === "path");
  const url = id?.example ? path.replace("{id}", id.example) : path;
  const body = op.requestBody?.content["application/json"]?.example;
  if (method === "post") {
    const json = JSON.stringify(body ?? {}).replace(/'/g, "'\\''");
    return `<pre>curl -s -X POST -H 'Content-Type: application/json' "$HALQA${escapeHtml(url)}" \\\n  --data '${escapeHtml(json)}'</pre>`;
  }
  if (method === "delete") return `<pre>curl -s -X DELETE "$HALQA${escapeHtml(url)}"</pre>`;
  return `<pre>curl -s "$HALQA${escapeHtml(url)}${query ? `?${escapeHtml(query)}` : ""}"</pre>`;
}

function bodySection(op: Operation): string {
  const body = op.requestBody?.content["application/json"];
  if (!op.requestBody || !body) return "";
  return `<h4>Request body (JSON)</h4>
<p>${prose(op.requestBody.description ?? "")}</p>
${body.schema.properties ? propertyTable(body.schema) : ""}`;
}

function operationSection(entry: Entry, query: string | undefined): string {
  const { path, method, op } = entry;
  const topLevel = op.responses["200"]?.content?.["application/json"]?.schema;
  return `<section id="op-${escapeHtml(op.operationId)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p class="summary">${prose(op.summary)}</p>
<p>${prose(op.description)}</p>
<h4>Parameters</h4>
${parameterRows(op)}
${bodySection(op)}
<h4>Responses</h4>
${responseRows(op)}
${topLevel?.properties ? `<h4>Response fields</h4>${propertyTable(topLevel)}` : ""}
<h4>Example</h4>
${example(entry, query)}
</section>`;
}

function propertyTable(schema: JsonSchema): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const rows = Object.entries(properties).map(
    ([name, s]) =>
      `<tr><td><code>${escapeHtml(name)}</code></td><td>${describeType(s)}</td><td>${prose(String(s.description ?? ""))}</td></tr>`,
  );
  return `<table><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header,main,nav{max-width:960px;margin:0 auto;padding:0 1.25rem}header{padding-top:1.5rem}
h1 small{font-weight:normal;color:#666;font-size:.6em}section{border-top:1px solid #ddd;padding:.5rem 0 1rem}
table{border-collapse:collapse;width:100%;margin:.25rem 0 .75rem;font-size:14px}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f0f0f0}
code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f0f0f0;padding:.6rem;overflow-x:auto}
.method{background:#1f6f43;color:#fff;padding:.1rem .45rem;border-radius:3px;font-size:.8em}
.summary{font-weight:600}nav ul{padding-left:1.2rem}a{color:#0b5cad}`;

/** Renders the document; `examples` gives a query string per path for the example requests. */
export function renderDocsPage(doc: Document, examples: Record<string, string | undefined> = {}): string {
  const tagOrder = (op: Operation) => doc.tags.findIndex((t) => op.tags.includes(t.name));
  const entries: Entry[] = Object.entries(doc.paths)
    .flatMap(([path, item]) =>
      (["get", "post", "delete"] as const).flatMap((method) => {
        const op = item[method];
        return op ? [{ path, method, op }] : [];
      }),
    )
    .sort((a, b) => tagOrder(a.op) - tagOrder(b.op));
  const toc = doc.tags
    .map((tag) => {
      const items = entries
        .filter(({ op }) => op.tags.includes(tag.name))
        .map(
          ({ path, method, op }) =>
            `<li><a href="#op-${escapeHtml(op.operationId)}"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></a> — ${prose(op.summary)}</li>`,
        );
      return `<h3>${escapeHtml(tag.name)}</h3><p>${prose(tag.description)}</p><ul>${items.join("")}</ul>`;
    })
    .join("");
  const schemas = Object.entries(doc.components.schemas)
    .map(
      ([name, s]) =>
        `<section id="${anchor(name)}"><h3>${escapeHtml(name)}</h3><p>${prose(String(s.description ?? ""))}</p>${s.properties ? propertyTable(s) : ""}</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${prose(doc.info.summary)}</p>
<p>${prose(doc.info.description)}</p>
<p>In the examples, <code>HALQA</code> holds the server's address. The machine-readable document is <a href="openapi.json"><code>/api/openapi.json</code></a>.</p>
</header>
<nav>
<h2>Endpoints</h2>
${toc}
<p><a href="#schemas">Shared schemas</a></p>
</nav>
<main>
<h2>Endpoints</h2>
${entries.map((entry) => operationSection(entry, examples[entry.path])).join("\n")}
<h2 id="schemas">Shared schemas</h2>
${schemas}
</main>
</body>
</html>
`;
}
