/**
 * English messages. Problem messages are keyed by halqa's stable error codes and take the problem's
 * params; the Arabic catalogue (ar.ts) must have every key (checked by the compiler and a test).
 */
import { sheetsEn } from "./sheets-en.ts";

type P = Record<string, unknown>;
const list = (x: unknown) => (Array.isArray(x) ? x.join(", ") : String(x));
const rowsInAll = (p: P) => (Number(p.total) > 1 ? ` (${p.total} rows in all)` : "");

export const en = {
  problems: {
    "yaml-syntax": (p: P) => `YAML syntax error: ${p.detail}`,
    "yaml-too-deep": () =>
      "the file nests too deeply to be read (thousands of levels of lists or mappings); flatten it",
    required: (p: P) => `required field is missing${p.field ? `: ${p.field}` : ""}`,
    "invalid-type": (p: P) => `expected ${p.expected}, found ${p.received}`,
    "unknown-field": (p: P) => `unknown field: ${list(p.keys)}`,
    "not-finite": (p: P) =>
      `this number reads as ${p.value}, not a finite amount (1e309 is past the largest number a computer holds; .inf and .nan are not amounts); give a plain number`,
    "invalid-enum": (p: P) => `must be one of: ${list(p.values)}`,
    "invalid-value": () => "invalid value",
    "too-small": (p: P) => `too small or too short (minimum ${p.minimum})`,
    "too-big": (p: P) => `too large or too long (maximum ${p.maximum})`,
    "invalid-format": (p: P) => `not a valid ${p.format}`,
    "invalid-id": () =>
      "ids are kebab-case: lowercase letters and digits joined by hyphens (e.g. nvidia-openai-loi)",
    "invalid-date": (p: P) => `not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): ${p.value ?? ""}`.trim(),
    "invalid-period": () => "not a period (2024, 2025-H1, 2025-Q3, FY2026, FY2026-Q3, 2025-2028)",
    "missing-arabic": () => "the Arabic name must be written in Arabic script",
    "figure-empty": () => "a figure needs a value, or low and/or high",
    "figure-unsourced": () => "a figure needs at least one source id in `sources`",
    "deal-unsourced": () => "a deal needs at least one source id in `sources`",
    "negative-amount": (p: P) => `amounts cannot be negative (${p.value})`,
    "low-above-high": (p: P) => `low (${p.low}) is greater than high (${p.high})`,
    "value-outside-range": (p: P) =>
      `value ${p.value} lies outside its range [${p.low ?? "…"}, ${p.high ?? "…"}]`,
    "percent-over-100": (p: P) => `a percentage cannot exceed 100 (${p.value})`,
    "stakes-over-100": (p: P) => `sponsors' stakes add up to ${p.total}%, over 100%`,
    "unit-kind-mismatch": (p: P) => `unit ${p.unit} does not fit a ${p.kind} flow`,
    "self-flow": (p: P) => `a flow cannot go from ${p.entity} to itself`,
    "flow-empty": () => "a flow needs at least one of announced, committed or paid",
    "schedule-duplicate-year": (p: P) => `year ${p.year} appears twice in the schedule`,
    "period-overdetermined": () => "give either `end` or `years`, not both",
    "period-end-before-start": (p: P) => `the period ends (${p.end}) before it starts (${p.start})`,
    "status-out-of-order": (p: P) => `status history out of date order: ${p.date} comes after ${p.previous}`,
    "source-unlocated": () => "a source needs a `url` or a `file`",
    "duplicate-id": (p: P) => `duplicate id "${p.id}" in ${p.collection} (first defined in ${p.firstFile})`,
    "unknown-source": (p: P) => `unknown source "${p.id}"`,
    "unknown-entity": (p: P) => `unknown entity "${p.id}"`,
    "unknown-deal": (p: P) => `unknown deal "${p.id}"`,
    "ambiguous-entity": (p: P) => `"${p.id}" matches several entities: ${list(p.matches)}`,
    "date-order": (p: P) => `the window starts (${p.since}) after it ends (${p.until})`,
    "link-missing-deal": (p: P) => `the link points to a deal that does not exist: "${p.id}"`,
    "link-to-self": (p: P) => `a deal cannot link to itself ("${p.id}")`,
    "duplicate-figure": (p: P) =>
      `${p.entity} ${p.metric} ${p.period} is entered twice (first in ${p.firstFile}); put conflicting figures in \`alternatives\``,
    "dir-not-found": (p: P) => `dataset folder not found: ${p.dir}`,
    "dir-is-file": (p: P) => `${p.dir} is a file; give the dataset folder that holds it`,
    "no-data-files": (p: P) => `no .yaml files in ${p.dir}`,
    "file-unreadable": (p: P) => `cannot read the file: ${p.detail}`,
    "file-empty": () => "the file is empty",
    "parameter-missing": (p: P) =>
      `the dataset has no parameter ${list(p.ids)}, which this analysis needs: add it to the dataset's parameters`,
    "collection-missing": (p: P) =>
      `${p.references} reference(s) name ${p.ids} ${p.collection} that no file defines (e.g. ${list(p.examples)}), while the files define only ${p.defined}: is a file missing? (the bundled data keeps them in ${p.collection === "sources" ? "sources/" : `${p.collection}.yaml`}); the individual references are not listed until it is restored`,
    "yaml-alias-limit": (p: P) =>
      `the YAML file expands more than ${p.limit} aliases (*name); halqa stops there, since a few lines can otherwise expand to gigabytes`,
    "invalid-utf8": (p: P) =>
      `not UTF-8 text: the bytes from byte ${p.offset} (counted from 0) do not form a UTF-8 character; save it as UTF-8 (halqa does not guess an encoding, since two different names could then read as one)`,
    "file-missing": () => "the file does not exist (check the path)",
    "file-is-directory": () => "this is a folder, not a file",
    "file-permission": () => "permission denied: halqa may not read this file",
    "graph-empty": () => "the graph file has no rows: it is empty or holds only a header",
    "graph-missing-columns": (p: P) =>
      `missing column(s): ${list(p.missing)} (found: ${list(p.found)}); every edge needs src, dst and amount`,
    "graph-missing-value": (p: P) =>
      `${p.column ?? "a required value"} is empty; every edge needs src, dst and amount`,
    "graph-bad-amount": (p: P) =>
      p.reason === "not-finite"
        ? `the amount ${p.value ?? ""} is too large to be a number halqa can add (it would read as infinity); check the value`
        : `the amount is not a number: ${p.value ?? ""} (write plain numbers such as 1250000 or 1.25e6, without thousands separators or currency signs)`,
    "graph-negative-amount": (p: P) =>
      `the amount cannot be negative (${p.value}); to record money flowing the other way, swap src and dst`,
    "graph-bad-timestamp": (p: P) =>
      p.reason === "mixed-units"
        ? `the timestamp ${p.value} is in another unit than the file's other epoch numbers (seconds and milliseconds mixed); use one unit, or state it (s or ms)`
        : `not a timestamp: ${p.value ?? ""} (use an ISO 8601 date or date-time such as 2025-03-10 or 2025-03-10T12:00:00Z, or epoch seconds or milliseconds)`,
    "graph-bad-json": (p: P) =>
      p.reason === "shape"
        ? 'a .json graph file holds an array of edges, or an object with an "edges" array'
        : p.column !== undefined
          ? `invalid JSON: line ${p.line}, column ${p.column}, found ${p.found === "end" ? "the end of the text" : `"${p.found}"`}`
          : `invalid JSON: ${p.detail ?? ""}`,
    "graph-bad-row": (p: P) =>
      ({
        "field-count": `this row has ${p.found} fields where the header has ${p.expected}`,
        "not-object": `each edge must be a JSON object, found ${p.found}`,
        "duplicate-column": "this column appears more than once in the header",
        type: `expected text or a number, found ${p.found}`,
        "text-after-quote": 'text follows a closing quote (inside a quoted field, write a quote as "")',
        "unclosed-quote": "a quote is never closed, so the rest of the file would be one field",
      })[String(p.reason)] ?? "this row cannot be read",
    "graph-too-large": (p: P) =>
      `the .json file is ${Math.ceil(Number(p.bytes) / 2 ** 20)} MiB, over the ${Number(p.limit) / 2 ** 20} MiB limit for .json (read whole); save it as CSV or JSON Lines (.jsonl), which are streamed`,
    "graph-unreadable": (p: P) => `cannot read the graph file: ${p.detail}`,
    "graph-unknown-format": (p: P) =>
      `unknown graph file type "${p.extension ?? ""}"; use .csv, .jsonl, .ndjson or .json`,
    "invalid-duration": (p: P) =>
      `not a duration: "${p.value ?? ""}" (a number and a unit: 90s, 30m, 12h, 365d, 2w or 1y)`,
    "unknown-parameter": (p: P) => `unknown parameter; this endpoint takes: ${list(p.allowed ?? [])}`,
    "repeated-parameter": () => "given more than once; give each parameter once",
    "not-positive": (p: P) =>
      `must be greater than 0 (got ${p.value}): a useful life of zero or less has no meaning`,
    "reserved-parameter": (p: P) => `"${p.name}" is not a parameter name any endpoint takes`,
    "invalid-choice": (p: P) => `"${p.value ?? ""}" is not one of: ${list(p.values ?? [])}`,
    "invalid-year": (p: P) => `not a four-digit year: "${p.value ?? ""}"`,
    "invalid-integer": (p: P) => `not a whole number: "${p.value ?? ""}"`,
    "invalid-number": (p: P) =>
      Math.abs(Number(p.value)) === Number.POSITIVE_INFINITY
        ? `"${p.value}" is too large to be a finite number (it would read as infinity)`
        : `not a number: "${p.value ?? ""}" (write plain numbers such as 1000000 or 1e6)`,
    "out-of-range": (p: P) =>
      p.minimum !== undefined
        ? `must be at least ${p.minimum} (got ${p.value})`
        : p.maximum !== undefined
          ? `must be at most ${p.maximum} (got ${p.value})`
          : "out of range",
    "invalid-boolean": (p: P) => `not a yes/no value: "${p.value ?? ""}" (use 1, 0, true or false)`,
    "year-conflict": () => "give year, or from and to, not both",
    "year-order": (p: P) => `the window starts (${p.from}) after it ends (${p.to})`,
    "window-needs-temporal": () => "window applies to temporal loops only: add temporal=1",
    "exposure-target": () => "give an entity id (/api/exposure/{id}), or rank=1",
    "not-found": (p: P) => `no such endpoint or file: ${p.path ?? ""}`.trim(),
    "method-not-allowed": (p: P) =>
      `${p.method ?? "this method"} is not allowed on this path (allowed: ${p.allow ?? "GET, HEAD"})`,
    "body-too-large": (p: P) => `the request body is larger than the limit of ${p.limit} bytes`,
    "body-on-read": (p: P) => `a ${p.method ?? "GET"} request carries no body: send it without one`,
    "body-aborted": () => "the request body stopped before its end (the connection was closed)",
    "invalid-path": () =>
      "this path is not allowed (it leaves the web folder or holds .., a backslash or NUL)",
    "host-not-allowed": (p: P) =>
      `this server does not answer requests for the host "${p.host}" (it answers: ${list(p.allowed ?? [])}); start it with --allow-host ${p.name || "NAME"} if that name is yours`,
    "serve-not-loopback": (p: P) =>
      `listening on "${p.host}", which other machines can reach: the API has no authentication; only requests naming localhost, this address or an --allow-host name are answered`,
    "serve-host-unknown": (p: P) => `cannot listen on "${p.host}": no such host name (check --host)`,
    "serve-host-not-local": (p: P) =>
      `cannot listen on "${p.host}": that address does not belong to this machine (use 127.0.0.1, or an address of one of its interfaces)`,
    "cli-internal-error": (p: P) =>
      `an unexpected error stopped halqa (${p.detail}); this is a bug in halqa, not in your data — please report it (HALQA_DEBUG=1 shows the details)`,
    "internal-error": () => "an unexpected error occurred on the server; it has been logged",
    "analysis-failed": (p: P) => `the analysis could not be completed: ${p.reason ?? "no reason given"}`,
    "self-liability": (p: P) => `a node cannot owe itself (${p.node})`,
    "holdings-over-100": (p: P) => `${p.kind} holdings of ${p.issuer} add up to ${p.total}%, over 100%`,
    "unknown-node": (p: P) => `unknown node "${p.id}"`,
    "duplicate-node": (p: P) => `duplicate node id "${p.id}" (first at nodes[${p.first}])`,
    "fraction-out-of-range": (p: P) => `a fraction must be between 0 and 1 (got ${p.value})`,
    "months-not-positive": (p: P) => `a delay must be a positive number of months (got ${p.value})`,
    "scenario-unknown-parameter": (p: P) => `no parameter or indicator "${p.id}" in the dataset`,
    "scenario-no-revenue": (p: P) => `the dataset reports no revenue for "${p.id}": there is nothing to cut`,
    "distribution-not-positive": (p: P) => `the distribution's ${p.name} must be positive (got ${p.value})`,
    "distribution-min-above-max": (p: P) => `the distribution's min (${p.min}) is above its max (${p.max})`,
    "distribution-mode-outside": (p: P) => `the mode ${p.mode} lies outside [${p.min}, ${p.max}]`,
    "distribution-leaves-range": (p: P) =>
      `samples can fall in [${p.low}, ${p.high}], outside the allowed [${p.min}, ${p.max}]: narrow the distribution or add clip: true`,
    "unknown-site": (p: P) => `unknown site "${p.id}" (data/ai-economy/sites.yaml)`,
    "region-needs-delay": () => "region applies only with a delay: add delayMonths",
    "no-site-in-region": (p: P) => `no site of the dataset is in region or country "${p.region}"`,
    "delay-beyond-horizon": (p: P) =>
      `a delay of ${p.months} months is longer than the ${p.horizon}-year horizon of the stress test`,
    "csv-empty": () => "the file has no rows: it is empty or holds only a header",
    "csv-columns": (p: P) =>
      `${(p.missing as string[] | undefined)?.length ? `missing column(s): ${list(p.missing)}; ` : ""}${(p.unknown as string[] | undefined)?.length ? `unknown column(s): ${list(p.unknown)}; ` : ""}the columns are: ${list(p.expected)}`,
    "csv-bad-row": (p: P) =>
      ({
        "field-count": `this row has ${p.found} fields where the header has ${p.expected}`,
        "text-after-quote": 'text follows a closing quote (inside a quoted field, write a quote as "")',
        "unclosed-quote": "a quote is never closed, so the rest of the file would be one field",
      })[String(p.reason)] ?? "this row cannot be read",
    "duplicate-row": (p: P) => `the same row is given twice (first on line ${p.first})`,
    "weights-over-100": (p: P) => `the weights of ${p.index} add up to ${p.total}%, over 100%`,
    "ledger-missing": (p: P) =>
      p.wildcards
        ? `the ledger file does not exist: the path is read as one file named with ${list(p.wildcards)}; to read the files it matches as a pattern, give --glob`
        : "the ledger file does not exist (check the path)",
    "ledger-empty": () => "the ledger has no transactions: the file is empty or holds only a header",
    "ledger-unreadable": (p: P) =>
      `cannot read the ledger file${p.format ? ` as ${p.format}` : ""}: ${p.detail ?? ""}`,
    "ledger-missing-columns": (p: P) =>
      `cannot tell which column is ${list(p.missing)} (found: ${list(p.found)}); name them with --src, --dst, --ts, --amount`,
    "ledger-unknown-column": (p: P) =>
      `${p.flag} names the column "${p.column}", which the file lacks (found: ${list(p.found)})`,
    "ledger-column-type": (p: P) =>
      `column "${p.column}" (${p.role}) has type ${p.type}; it must be ${p.expected}`,
    "ledger-missing-value": (p: P) =>
      `row ${p.row}: ${p.column ?? "a required value"} is empty${rowsInAll(p)}`,
    "ledger-bad-amount": (p: P) =>
      Math.abs(Number(p.value)) === Number.POSITIVE_INFINITY
        ? `row ${p.row}: the amount ${p.value} is too large to be a finite number (it would read as infinity)${rowsInAll(p)}`
        : `row ${p.row}: the amount is not a number: ${p.value ?? ""} (write plain numbers such as 1250000 or 1.25e6, without thousands separators or currency signs)${rowsInAll(p)}`,
    "ledger-negative-amount": (p: P) =>
      `row ${p.row}: the amount cannot be negative (${p.value}); to record money flowing the other way, swap payer and payee${rowsInAll(p)}`,
    "ledger-bad-timestamp": (p: P) =>
      `row ${p.row}: not a timestamp: ${p.value ?? ""} (use an ISO 8601 date-time such as 2025-03-10T12:00:00Z, or epoch seconds or milliseconds)${rowsInAll(p)}`,
    "ledger-mixed-time-zones": (p: P) =>
      `row ${p.row}: ${p.value ?? ""} ${p.offset ? "has a time-zone offset" : "has no time-zone offset"}, but ${p.offset ? p.withoutOffset : p.withOffset} other rows ${p.offset ? "have none" : "have one"}; a ledger that mixes the two cannot be put in one time order (give every time an offset, or none)`,
    "ledger-mixed-units": (p: P) =>
      `row ${p.row}: the epoch number ${p.value ?? ""} is in another unit than the rest (${p.seconds} look like seconds, ${p.milliseconds} like milliseconds); use one unit, or state it with --ts-unit s|ms`,
    "output-is-input": (p: P) =>
      `${p.file} is the input${p.input !== p.file ? ` (${p.input})` : ""}: writing the output there would destroy it, --force or not; choose another --out file`,
    "output-inside-input": (p: P) =>
      `${p.file} lies inside the input folder ${p.input}: the output could replace or join the data it is read from; choose an --out file elsewhere`,
    "output-exists": (p: P) =>
      `${p.file} already exists and was left as it is; give --force to replace it, or choose another --out file`,
    "output-is-directory": (p: P) => `${p.file} is a folder; --out takes a file name`,
    "workers-capped": (p: P) =>
      `--workers ${p.asked} is more than this machine's ${p.cores} core(s): using ${p.used} worker thread(s)`,
    "ledger-glob-empty": (p: P) => `no file matches the pattern ${p.pattern} (--glob)`,
    "server-busy": (p: P) =>
      `the server is busy: ${p.running} heavy computation(s) running and ${p.queued} waiting, the most it takes; try again in ${p.retryAfter} s`,
    "invalid-json": (p: P) =>
      p.line !== undefined
        ? `not valid JSON: line ${p.line}, column ${p.column}, found ${p.found === "end" ? "the end of the text" : `"${p.found}"`}`
        : "not valid JSON",
    "empty-body": () => "the request has no body; send the input as JSON",
    "unsupported-media-type": (p: P) =>
      `the body must be sent as JSON (Content-Type: application/json), not ${p.type ?? "without a type"}`,
    "post-only": (p: P) => `${p.method ?? "this method"} is not allowed here: send a POST with a JSON body`,
    "unknown-scenario": (p: P) => `no bundled scenario "${p.id}"; known: ${list(p.known ?? [])}`,
    "no-convergence": (p: P) =>
      `${p.model} did not converge in ${p.iterations} iterations (largest change ${p.residual})`,
    "invalid-model-option": (p: P) => `an option of ${p.model} is impossible: ${p.detail}`,
    "network-too-large": (p: P) =>
      `the network has ${p.nodes} nodes and ${p.links} links; the limit is ${p.maxNodes} nodes and ${p.maxLinks} links`,
    "unknown-job": (p: P) =>
      `no Monte Carlo job "${p.id}": it never started, or it finished and was dropped after a few minutes`,
    "too-many-jobs": (p: P) =>
      p.scope === "client"
        ? `you already have ${p.limit} Monte Carlo job(s) running; wait for one to finish or cancel it`
        : `the server is running its limit of ${p.limit} Monte Carlo jobs; try again shortly`,
    "no-distributions": (p: P) =>
      `scenario "${p.id}" has no distributions: every sample would be identical; run it once with POST /api/stress`,
    "sample-failed": (p: P) =>
      `sample ${p.sample} failed (run seed ${p.seed}, sample seed ${p.sampleSeed}): ${p.reason}`,
    "run-failed": () => "the Monte Carlo run stopped on an unexpected error; the server logged it",
  },
  enums: {
    status: {
      rumored: "rumored",
      talks: "in talks",
      loi: "LOI",
      mou: "MOU",
      announced: "announced",
      signed: "signed",
      closed: "closed",
      funded: "funded",
      revised: "revised",
      terminated: "terminated",
      replaced: "replaced",
      unreported: "not yet reported",
    } as Record<string, string>,
    flowKind: {
      cash: "cash",
      equity: "equity",
      warrant: "warrant",
      compute: "compute",
      chips: "chips",
      memory: "memory",
      power: "power",
      guarantee: "guarantee",
    } as Record<string, string>,
    timing: {
      schedule: "by schedule",
      spread: "spread over period",
      "at-start": "at period start",
      "at-announcement": "at announcement",
    } as Record<string, string>,
    reason: {
      conditional: "conditional",
      "not-binding": "not binding",
      terminated: "terminated",
      overlap: "overlap",
      replaced: "replaced by a later deal",
      "reported-only": "press reports only (talks, rumours)",
    } as Record<string, string>,
    dealType: {
      "equity-investment": "equity investment",
      "compute-commitment": "compute commitment",
      "chip-supply": "chip supply",
      "vendor-financing": "vendor financing",
      warrant: "warrant",
      lease: "lease",
      loan: "loan",
      bond: "bond",
      "private-credit": "private credit",
      guarantee: "guarantee",
      "spv-financing": "SPV financing",
      "power-purchase": "power purchase",
      acquisition: "acquisition",
      partnership: "partnership",
      "revenue-share": "revenue share",
      licensing: "licensing",
      divestment: "divestment",
      "joint-venture": "joint venture",
    } as Record<string, string>,
    contingent: {
      "spv-debt": "debt of a vehicle it sponsors",
      guarantee: "guarantee",
      backstop: "backstop",
      lease: "lease",
      "residual-value-guarantee": "residual value guarantee",
      "sponsor-guarantee": "sponsor's guarantee",
    } as Record<string, string>,
    entityKind: {
      "ai-lab": "AI lab",
      chipmaker: "chipmaker",
      hyperscaler: "hyperscaler",
      neocloud: "neocloud",
      "datacenter-developer": "data-centre developer",
      power: "power",
      investor: "investor",
      lender: "lender",
      spv: "SPV",
      government: "government",
      index: "index",
      other: "other",
    } as Record<string, string>,
  },
  ui: {
    valid: (p: P) => `Valid: ${p.files} files, ${p.records} records.`,
    invalid: (p: P) => `${p.count} problem(s) in ${p.files} file(s).`,
    summaryTitle: "halqa — the circular AI economy, from the bundled data",
    asOf: "as of",
    basis: "basis",
    announced: "announced",
    committed: "committed",
    paid: "paid",
    money: "Money flows (USD, overlaps counted once)",
    contingent: "Guarantees and backstops (contingent, USD)",
    gigawatts: "Compute capacity (GW, each GW once, peak year)",
    totalsByBasis: "Totals by value basis",
    counts: "What is in the dataset",
    entitiesByKind: "Entities by kind",
    dealsByType: "Deals by type",
    dealsByStatus: "Deals by status",
    largestDeals: "Largest deals (USD)",
    sourcesByPublisher: "Sources by outlet",
    deal: "Deal",
    type: "Type",
    status: "Status",
    parties: "Parties",
    range: "range",
    count: "Count",
    kind: "Kind",
    outlet: "Outlet",
    year: "Year",
    from: "From",
    to: "To",
    amount: "Amount",
    flags: "Notes",
    conditional: "conditional",
    total: "Total",
    excluded: (p: P) => `${p.count} flow(s) left out on this basis (${p.reasons}); --json lists them.`,
    countedIn: (p: P) => `counted in ${p.deal}`,
    replacedBy: (p: P) => `replaced by ${p.deal} from ${p.date}`,
    estimateMark: "≈",
    listSeparator: ", ",
    estimate: "estimate",
    restsOn: (p: P) => `rests on: ${p.what}`,
    announcementOnly: "an announcement, not signed",
    totalsNotes: (p: P) =>
      `Headline: ${p.committed} committed (binding), ${p.announced} announced. Not in the totals: ${p.reported} that only the press reports (talks, rumours; --include-reported adds it) and ${p.replaced} of deals replaced by later ones. Of the announced total, ${p.estimated} rests on estimates (marked ≈).`,
    loopLength: (p: P) => `${p.length} steps`,
    temporalWindow: (p: P) => `time-respecting, window ${p.window}`,
    loopsFound: (p: P) => `${p.found} loop(s) found; showing ${p.shown}, largest bottleneck first.`,
    noLoops: "No loops match.",
    flagNonBinding: "rests on a non-binding deal",
    flagIncludesNonBinding: "includes a non-binding deal",
    flagConditional: "rests on a conditional tranche",
    flagIncludesConditional: "includes a conditional tranche",
    bottleneck: "bottleneck",
    loopTotal: "total",
    days: (p: P) => `${p.days} days`,
    rowsRead: (p: P) => `${p.rows} rows read`,
    graphInvalid: (p: P) => `${p.file}: ${p.count} problem(s); nothing was searched.`,
    graphNoTimestamps: (p: P) => `${p.file} has no ts column: --temporal needs timestamps.`,
    graphSummary: (p: P) =>
      `${p.file}: ${p.rows} rows, ${p.nodes} nodes, ${p.edges} edges; searched in ${p.seconds} s.`,
    selfLoops: (p: P) => `${p.count} self-loop(s) (payments to oneself) reported apart, not as loops.`,
    multiplierLine: (p: P) =>
      `Round-trip multiplier ${p.multiplier}: ${p.flow} of payments inside the network for ${p.outside} that entered from outside.`,
    nullLine: (p: P) =>
      `Null model (${p.samples} degree-preserving rewirings): mean multiplier ${p.mean}, p = ${p.p}.`,
    circularTitle: "Where each entity's receipts come from",
    entity: "Entity",
    receipts: "Receipts",
    ownMoneyBack: "Own money back (mixing)",
    fromOutside: "From outside",
    topOrigins: "From others (largest)",
    pValue: "p-value",
    closedLoops: (p: P) => `Closed circulations (money that never entered or left): ${p.groups}`,
    loopsTitle: "Own money back along loops (traceable)",
    loopShare: "Own money back along loops",
    loopCount: "Loops",
    largestLoop: "Largest loop (its share)",
    mixingShare: "Mixing share (all routes)",
    pValueMixing: "p-value (mixing share)",
    pValueLoops: "p-value (loops)",
    loopNullIncomplete: "A loop search in the null model stopped at its limit: the loop p-values are rough.",
    loopSearchLine: (p: P) =>
      `Loops of up to ${p.maxLength} payments followed: ${p.cycles} found. A loop's share is the product, step by step, of the part of each payer's money paid to the next.`,
    loopSearchIncomplete: "The loop search stopped at its limit: loop shares are lower bounds.",
    originsTitle: "From others (proportional mixing) and the chains that carry it",
    originsHint:
      "Mixing shares assume every entity pays out the average mix of all it has received. The chains listed carry the part a reader can follow payment by payment; the rest went round a loop on the way (docs/methods/circularity.md).",
    origin: "From",
    tracedShare: "Along simple chains",
    mainChain: "Largest chain (its share)",
    chain: "Chain",
    chainShare: "Share of money through it",
    loop: "Loop",
    comesBack: "Comes back",
    loopBottleneck: "Bottleneck",
    entityCircularLine: (p: P) =>
      `${p.entity}: money through it ${p.receipts} (receipts plus its own outside money). Own money back along loops ${p.loops} (${p.amount}) (loops: ${p.count}); mixing self-share ${p.mixing}; from outside ${p.outside}.`,
    loopDeals: "The deals on each step of these loops",
    onNoLoop: "On no loop: none of its money comes back to it.",
    noCashHere: (p: P) => `${p.entity} pays and receives no cash in this view: nothing to trace.`,
    throughput: "Money through it",
    pathsIncomplete: "The chain search stopped at its limit: the chains' shares are lower bounds.",
    none: "none",
    share: "Share",
    betweenness: "Betweenness",
    hhiLine: (p: P) => `HHI ${p.hhi} (${p.points} of 10,000), like ${p.equivalent} equal counterparties.`,
    customers: "Who pays it (customers, investors, lenders)",
    suppliers: "Whom it pays (suppliers, investees, borrowers)",
    fromInvestees: "Revenue from its own investees",
    fromInvesteesLine: (p: P) => `${p.amount} (${p.share} of what it receives) from ${p.from}.`,
    vendorFinancing: "Vendor-financing ratio",
    vendorFinancingLine: (p: P) =>
      `Investments in its own customers ${p.invested} ÷ revenue ${p.revenue} = ${p.ratio}.`,
    offBalanceSheet: "Off-balance-sheet roll-up",
    offBalanceLine: (p: P) =>
      `Stated amounts total ${p.total}; ${p.unpriced} promise(s) with no amount in any source.`,
    notStated: "not stated",
    ranking: "Place in the network",
    rankLine: (p: P) =>
      `PageRank #${p.pr}, betweenness #${p.bc}, circular share #${p.circular} (${p.share}) of ${p.of} entities.`,
    revenueShare: {
      reportedRevenue: "Reported revenue",
      fromInvesteesShort: "From its investees",
      outsideShort: "Outside the dataset",
      unknownShort: "unknown",
      ownMoneyBackShort: "Its own money back",
      ownMoneyBack: (p: P) =>
        `Of the receipts, its own money coming back (proportional tracing on each year's cash flows): ${p.amount}, ${p.share} of reported revenue.`,
      excessShort: (p: P) => `exceeds revenue by ${p.share}`,
      period: "Period",
      sources: "Sources",
      datasetShare: "Share of the dataset's flows",
      allYearsFromInvestees: (p: P) => `All years in the dataset: ${p.amount} from ${p.from}.`,
      flowsTitle: (p: P) => `${p.title}: every year of the dataset's flows`,
      title: "Share of reported revenue, by fiscal year",
      fiscalYear: (p: P) => `FY${p.year}`,
      yearHeading: (p: P) => `${p.period}: ${p.start} to ${p.end}${p.projected}`,
      projected: " (dates carried forward from the last reported year)",
      revenueLine: (p: P) => `Reported revenue ${p.revenue} (sources: ${p.sources}).`,
      unknown: (p: P) =>
        `Reported revenue unknown for this year: the dataset holds ${p.amount} of receipts; no share is given.`,
      windowUnknown: "The fiscal year's end date is not in the data, so its flows cannot be placed in it.",
      mapping: (p: P) =>
        `The period covers ${p.parts} (by days); each flow counts by its own dates inside the year.`,
      paidBy: "Paid by",
      inDataset: "In the dataset",
      shareOfRevenue: "Share of reported revenue",
      investee: "invests in it",
      estimate: "estimate",
      outside: "Outside the dataset (customers it does not hold)",
      fromInvestees: (p: P) =>
        `From companies it invests in: ${p.amount}, ${p.share} of reported revenue (${p.from}).`,
      excess: (p: P) =>
        `The dataset's receipts exceed reported revenue by ${p.amount} (${p.share}): deal flows are commitments spread evenly over years, not revenue recognised on delivery.`,
      hhiFloor: (p: P) =>
        `Revenue HHI at least ${p.hhi} (from the dataset's counterparties; the outside remainder read as many small customers).`,
      financing: (p: P) =>
        `Also received ${p.amount} of investment or loans from ${p.from}: money in, not revenue.`,
      disclosed: "Customer concentration the company disclosed",
      anonymous: (p: P) => `unnamed customer (${p.label})`,
      otherDisclosures: "Other customer-share figures (not for a reported fiscal year)",
      noYears: "No reported revenue and no receipts in the dataset.",
    },
    published: "published",
    missing: "missing",
    ratioNames: {
      "nvidia-commitments-to-revenue": "Nvidia's investment commitments ÷ revenue",
      "nvidia-deal-financing-to-revenue": "Nvidia's financing of others in the deals ÷ revenue",
      "microsoft-share-of-nvidia-revenue": "Microsoft's share of Nvidia revenue",
      "coreweave-customer-concentration": "CoreWeave's customer concentration (HHI of backlog)",
      "openai-commitments-to-revenue": "OpenAI's commitments ÷ revenue",
      "oracle-rpo-to-fcf": "Oracle's RPO ÷ free cash flow",
      "usd-per-gw": "Dollars per gigawatt",
    } as Record<string, string>,
    reconcile: {
      title: "Headline figures against the published record",
      intro: (p: P) =>
        `Each figure halqa derives from the deals, beside the figure as published. "Agrees": within the stated tolerance. "Differs": outside it, for the reason given. As of ${p.asOf}.`,
      check: "Check",
      published: "Published",
      derived: "Derived",
      ratio: "Derived ÷ published",
      status: "Status",
      tolerance: (p: P) => `tolerance ±${p.tolerance}`,
      source: "Source",
      quote: "Quote",
      readAsOf: (p: P) => `deals read as of ${p.date}, ${p.basis} basis`,
      inputs: "Made of",
      reason: "Why it differs",
      estimate: "estimate",
      summary: (p: P) =>
        `${p.agrees} agree, ${p.differs} differ with a stated reason, ${p.unexplained} differ without one, ${p.missing} cannot be computed, ${p.pending} not yet published on that date.`,
      failed:
        "A figure differs from the published record without a stated reason (or cannot be computed): fix the data or state the reason in src/core/reconcile/checks.ts.",
      statuses: {
        agrees: "agrees",
        differs: "differs (explained)",
        unexplained: "differs, no reason",
        missing: "missing",
        pending: "not yet published",
      } as Record<string, string>,
      titles: {
        "openai-commitments-usd": "OpenAI's compute commitments (USD, Altman)",
        "openai-commitments-gw": "OpenAI's compute commitments (GW, Altman)",
        "openai-amd-broadcom-gw": "OpenAI's new capacity from AMD and Broadcom (GW)",
        "openai-seed-plan-usd": "OpenAI's hardware expansion plan (AMD, Broadcom, Stargate)",
        "openai-coreweave-2025": "OpenAI's 2025 contracts with CoreWeave",
        "openai-oracle-300b": "OpenAI's cloud contract with Oracle (Stargate)",
        "oracle-off-balance-sheet-66b": "Oracle's off-balance-sheet financing for OpenAI",
        "oracle-rpo-2025-08": "Oracle's backlog (RPO), August 2025, against its contracts in the data",
        "oracle-rpo-2025-11": "Oracle's backlog (RPO), November 2025, against its contracts in the data",
        "oracle-rpo-2026-05": "Oracle's backlog (RPO), May 2026, against its contracts in the data",
        "nvidia-top4-customer-share": "Nvidia's four largest customers, share of revenue",
        "nvidia-financing-to-revenue": "Nvidia's investment commitments ÷ annual revenue (Tunguz)",
        "coreweave-largest-customer-share-2024":
          "CoreWeave's largest customer (Microsoft), share of 2024 revenue",
        "nvidia-investment-commitments-usd": "Nvidia's investment commitments (Tunguz)",
      } as Record<string, string>,
      metrics: {
        revenue: "revenue",
        rpo: "remaining performance obligations",
        "customer-share": "customer's share of revenue",
        "investment-commitments": "investment commitments",
        "infrastructure-commitments": "infrastructure commitments",
        other: "other figure",
      } as Record<string, string>,
      note: "Note",
      notes: {
        "coreweave-microsoft-derived":
          "Not an independent confirmation: Microsoft's 2024 payments in the data are themselves derived from the published 62% (deals/coreweave-derived.yaml). The check shows that the flows engine keeps them and that Microsoft is still the largest customer.",
      } as Record<string, string>,
      reasons: {
        "openai-commitments-usd":
          "Altman's ~$1.4T is a round total he did not itemise. The data sums the priced contracts reported by November 2025, letters of intent and 'up to' amounts included (Nvidia's 10 GW, Samsung's memory), and cannot count contracts no source prices (Broadcom's 10 GW).",
        "openai-commitments-gw":
          "Each gigawatt counted once, as halqa power counts it (chips placed in the campuses and contracts that host them), at the peak year to 2033; contracts stated only in dollars (Azure, AWS, CoreWeave) carry no GW in the data, so the derived figure is a floor, and Altman's ~30 GW is a round figure.",
        "openai-seed-plan-usd":
          "The article gives a floor ('more than $300B'), for Stargate alone; the data adds AMD's ~$90B to Oracle's $300B (Broadcom's 10 GW has no price in any source), so a derived figure above it is consistent with it.",
        "oracle-off-balance-sheet":
          "No source itemises the reported $66B; its components (the Vantage, New Mexico and Michigan campus financings) are halqa's reading. When the article was written the Michigan financing (about $10B discussed with Blue Owl) had not closed; it closed in April 2026 at $16B from other lenders.",
        "oracle-rpo":
          "RPO is every contract Oracle has signed and not yet delivered: cloud, licences and support, for every customer. The data holds only the large AI contracts the press reported (OpenAI's), so the difference is backlog outside the dataset.",
        "nvidia-customers":
          "Nvidia's largest customers (the hyperscalers) buy GPUs under contracts that are not public; the data holds the few purchases that were announced, spread over their delivery years, against revenue annualised from the latest quarter.",
        "nvidia-financing":
          "The numerators agree (Nvidia's investment commitments, above); the denominators do not. Tunguz divided by Nvidia's trailing annual revenue (about $130B); the data holds only the latest quarter's revenue, annualised ($57B × 4), which is larger while revenue grows.",
      } as Record<string, string>,
    },
    networkInvalid: (p: P) => `${p.file}: ${p.count} problem(s); nothing was solved.`,
    solvedLine: (p: P) => `${p.model}: converged in ${p.iterations} iteration(s).`,
    node: "Node",
    payments: "Payments",
    recovery: "Recovery",
    netWorth: "Net worth",
    equity: "Equity",
    defaulted: "Defaulted",
    wave: "Wave",
    value: "Value",
    yes: "yes",
    conventions: "Conventions",
    /** Names of a model's totals (`halqa network solve`), by the key the solver reports. */
    totalNames: {
      payments: "payments",
      liabilities: "liabilities",
      shortfall: "shortfall",
      externalPaid: "paid to outside creditors",
      defaults: "defaults",
      equity: "equity",
      interbankLoss: "loss on interbank claims",
      rounds: "rounds",
      debtRank: "DebtRank",
      initialLoss: "initial loss",
      totalLoss: "total loss",
      distressed: "distressed",
      defaulted: "defaulted",
      failures: "failures",
      waves: "waves",
      totalValue: "total value",
      failureCosts: "failure costs",
      equityValue: "equity value",
      debtValue: "debt value",
    } as Record<string, string>,
    stress: {
      title: "Stress test",
      waves: "Defaults by wave",
      wave: "wave",
      entities: "entities",
      losses: "Losses",
      entity: "entity",
      capital: "capital",
      loss: "loss",
      share: "share of capital",
      unfunded: "Unfunded commitments",
      deal: "deal",
      debtor: "debtor",
      creditor: "creditor",
      committed: "committed",
      recovery: "recovery",
      account: "What happens",
      assumptions: "Assumptions",
      assumption: "Assumption",
      value: "value",
      sources: "sources",
      unfundedPart: "unfunded",
      /** A quantity with its unit: the number, already formatted, and its value for the plural. */
      units: {
        years: (n: number, shown: string) => `${shown} ${n === 1 ? "year" : "years"}`,
        ratio: (_n: number, shown: string) => `${shown} ratio`,
      } as Record<string, (n: number, shown: string) => string>,
      none: "none",
      invalid: (p: P) => `${p.file}: ${p.count} problem(s); nothing was run.`,
    },
    monteCarlo: {
      title: "Monte Carlo stress test",
      samples: "samples",
      seed: "seed",
      workers: "workers",
      partial: (p: P) =>
        `PARTIAL: stopped after ${p.done} of ${p.runs} samples; the figures below cover those only.`,
      systemLoss: "System loss (sum of the entities' losses)",
      statistic: "statistic",
      mean: "mean",
      quantile: (p: P) => `${p.p}% quantile`,
      var: (p: P) => `VaR ${p.level}%`,
      es: (p: P) => `expected shortfall ${p.level}%`,
      unfunded: "Unfunded commitments (total per sample)",
      defaults: "Default probability and loss per entity",
      probability: "P(default)",
      interval: "95% interval (Wilson)",
      meanLoss: "mean loss",
      loss95: "loss, 95% quantile",
      sensitivity: "What drives the system loss (Spearman's ρ with the system loss)",
      input: "sampled input",
      rho: "ρ",
      constant: "constant",
      inputs: "Sampled inputs",
      distribution: "distribution",
      noDistributions: (p: P) =>
        `${p.file} has no distributions: every sample would be identical. Run it without --runs for the deterministic result.`,
      sampleFailed: (p: P) =>
        `sample ${p.sample} failed (run seed ${p.seed}, sample seed ${p.sampleSeed}): ${p.reason}`,
      progress: (p: P) => `${p.done}/${p.runs} samples · ${p.rate}/s`,
      interrupt: "Stopping… (Ctrl-C again to quit at once)",
      rebuilds: "A sampled parameter changes the network itself: each sample rebuilds it (slower).",
    },
    power: {
      title: "Power: compute capacity against power secured",
      years: "Per year (levels on 31 December)",
      year: "year",
      committed: "committed GW",
      capacity: (p: P) => `GW, ${p.basis} basis, each once`,
      naive: "GW summed as reported",
      same: "same GW removed",
      layer: "layer",
      layers: { campus: "campus", compute: "compute contract", chips: "chips" } as Record<string, string>,
      ownGw: (p: P) => `GW, ${p.basis}`,
      countedGw: "GW counted",
      sameAs: "same GW as",
      owners: "By owner, GW in the last year (campus: first operator; deal: buyer)",
      owner: "owner",
      published: (p: P) =>
        `${p.entity} states ${p.gw} GW (${p.period}; ${p.sources}); counted here by the end of ${p.year}: ${p.counted} GW, each once (${p.naive} GW summed as reported). See docs/methods/power.md §3 for where they differ.`,
      dedupNote:
        "Every GW counts once: chips and compute contracts are claims on the campuses and contracts their buyer uses, and a contract on its seller's campuses; the GW that fit are removed (the largest amount that can be placed, a maximum flow). See docs/methods/power.md §2.",
      secured: "secured GW",
      unknown: "power unknown GW",
      coverage: "coverage",
      stranded: "stranded GW",
      offGrid: "off-grid share",
      delayed: "delayed GW",
      energy: "energy TWh",
      bill: "energy bill",
      campuses: "What is counted (GW in the last year)",
      campus: "campus or deal",
      rule: "rule",
      rules: { site: "site schedule", deal: "deal", larger: "larger of site and deal" } as Record<
        string,
        string
      >,
      power: "power",
      known: "known",
      notKnown: "unknown",
      supply: "Power secured or sought",
      kind: "kind",
      gw: "GW",
      date: "from",
      status: "status",
      counted: "counted",
      yes: "yes",
      no: "no",
      undated: "undated",
      references: "Reference forecasts",
      indicator: "indicator",
      by: "by",
      figure: "figure",
      period: "period",
      sources: "sources",
      parameters: "Energy-bill parameters (* estimate)",
      value: "value",
      none: "nothing committed",
      missing: (p: P) => `No energy bill: the dataset lacks ${p.ids}.`,
      delay: (p: P) =>
        `Delay: ${p.months} months at ${p.count} site(s)${p.region ? ` in ${p.region}` : ""}; capacity and grid connections not yet online move later.`,
      notes:
        "Unknown power counts as not secured, so coverage is a lower bound and stranded GW includes capacity whose power no source reports.",
      unknownSite: (p: P) => `unknown site "${p.id}"${p.close ? ` (did you mean ${p.close}?)` : ""}`,
      noSiteInRegion: (p: P) => `no site in region "${p.region}" (regions: ${p.regions})`,
      regionNeedsDelay: "--region applies only with --delay-months",
    },
    funding: {
      title: (p: P) => `Funding gap: ${p.entity}`,
      years: "Per year (USD)",
      year: "year",
      revenue: "revenue",
      due: "commitments due",
      other: "other costs",
      ocf: "operating cash flow",
      financing: "financing",
      gap: "gap",
      burn: "cumulative burn",
      cash: "cash",
      rule: "costs from",
      rules: { reported: "reported result", contracts: "contracts due", modelled: "model" } as Record<
        string,
        string
      >,
      sources: {
        reported: "reported",
        forecast: "forecast",
        cumulative: "from cumulative",
        projected: "projected",
      } as Record<string, string>,
      missingYear: "no financials",
      summary: "Summary",
      shortfall: "funding still needed (deepest cash shortfall)",
      runway: "cash runs out",
      lasts: "lasts the window",
      fromZeroCash: "counting from $0 of cash: no cash figure precedes the first year",
      growthToClose: "revenue growth that closes the gap",
      closed: "closed already",
      unreachable: (p: P) => `none up to ${p.high}% a year`,
      noProjection: "no projected year: growth changes nothing",
      assumptions: "Assumptions (* estimate)",
      growth: "revenue growth after the last revenue figure",
      flat: "none cited: revenue held flat (pass --growth)",
      costRatio: "other costs per revenue dollar",
      horizon: "years to pay an open-ended commitment",
      startingCash: "cash at the start",
      cashUnknown: "unknown (no cash figure before the first year): counted as $0",
      reported: "Reported figures",
      metric: "metric",
      period: "period",
      value: "value",
      flags: "flags",
      forecast: "forecast",
      estimate: "estimate",
      checks: "Multi-year results against the yearly split",
      cashFromZero: "cash, counted from $0",
      netBurn: "net burn (losses less profits)",
      shortfallFormula: (p: P) =>
        `= max over years of (net burn to date − financing to date − cash at the start); deepest at the end of ${p.year}: ${p.burn} − ${p.financing} − ${p.cash}`,
      shortfallNone: "(net burn to date never exceeds financing to date plus the cash at the start)",
      runwayUnknown:
        "unknown: no reported cash figure before the first year, so no date (the cash column counts from $0)",
      startingCashFrom: (p: P) => `${p.value} (reported cash, ${p.period}: ${p.sources})`,
      reconciliation: "Model burn against reported results (cash flows: a cash burn is negative)",
      model: "model",
      reportedCol: "reported",
      difference: "model − reported",
      cashLater: (p: P) =>
        `a cash figure is reported for ${p.period} (${p.value}): --from ${p.from} starts from it`,
      why: "why, per year",
      reasons: {
        used: "figure used",
        "other-figure": "another reported figure used",
        contracts: "contracts due exceed the reported costs",
        projected: "projected: modelled",
        missing: "no financials",
      } as Record<string, string>,
      backlog: "Contracts against the seller's reported backlog (RPO)",
      contract: "contract",
      seller: "seller",
      starts: "from",
      binding: "counted as binding",
      bindingNo: (p: P) => `no (status: ${p.status}; ${p.layer} figure only)`,
      yes: "yes",
      share: "share of backlog",
      jump: "backlog rise it can explain",
      backlogFlag: (p: P) =>
        `${p.seller} reports a backlog rise of ${p.rise} (${p.from} → ${p.to}) that the ${p.contract} contract can explain (${p.share}), but halqa counts it as not binding: on the committed basis it is not among the commitments due.`,
      missing: (p: P) => `No financials for ${p.years}: those years are left out of the sums.`,
      unknownEntity: (p: P) => `unknown entity "${p.id}"${p.close ? ` (did you mean ${p.close}?)` : ""}`,
      fromAfterTo: (p: P) => `--from (${p.from}) is after --to (${p.to})`,
    },
    noFlows: "No flows match.",
    records: {
      sources: "sources",
      entities: "entities",
      deals: "deals",
      flows: "flows",
      figures: "sourced figures",
      financials: "financials",
      indicators: "indicators",
      sites: "sites",
      parameters: "parameters",
    } as Record<string, string>,
    moneyCommands: {
      economicsTitle:
        "Unit economics and the published 'revenue needed' analyses, recomputed from their inputs",
      trackerTitle: "From circular to self-funding: the three signals per operator",
      marketTitle: "Concentration, and the share of an index fund that sits in the loop",
      result: "Result",
      value: "Value",
      published: "Published",
      check: "Check",
      reproduced: "reproduced",
      differs: "differs",
      input: "Input",
      key: "--set key",
      sources: "Sources",
      missing: "missing in the data",
      edited: "edited",
      data: "data:",
      editHint:
        "Change any input with --set KEY=VALUE (repeatable; 600B, 6.5T and 1e12 all work; percents as 12 for 12%). ≈ marks estimates. --json gives every number and key.",
      analyses: {
        "subsidy-ratio": "Compute cost per revenue dollar (the subsidy ratio)",
        "startup-compute": "Startups' cloud and model spend; enterprise compute costs",
        "jpmorgan-revenue-for-return":
          "JPMorgan (Nov 2025): revenue needed for a 10% return on the build-out",
        "bain-revenue-needed": "Bain (Sep 2025): revenue needed by 2030, and the shortfall",
        "sequoia-revenue-question": "Sequoia / David Cahn: AI's revenue question",
        "morgan-stanley-waterfall": "Morgan Stanley (Jul 2025): the funding waterfall, 2025–2028",
        "depreciation-life": "Depreciation-life sensitivity (Burry, Nov 2025)",
      } as Record<string, string>,
      formulas: {
        "subsidy-ratio":
          "compute cost ÷ revenue, same entity and period; above 1× each revenue dollar costs more than a dollar of compute",
        "startup-compute":
          "Kruze share ÷ 100; two years earlier = share ÷ multiple; IBM yearly rate = (1 + 90%)^(1/2) − 1",
        "jpmorgan-revenue-for-return":
          "R = return × capex ÷ share of revenue left for the investors; implied users = R ÷ (12 × monthly payment)",
        "bain-revenue-needed":
          "revenue needed = capex ÷ capex-to-revenue ratio; shortfall = revenue needed − fundable revenue",
        "sequoia-revenue-question":
          "revenue needed = run-rate ÷ GPU share of data-centre cost ÷ (1 − end-user margin) = run-rate × 2 × 2",
        "morgan-stanley-waterfall":
          "gap = spend − hyperscaler cash flow; each source's share of the gap; unexplained = gap − Σ sources",
        "depreciation-life":
          "compute capex (2025, 2026 guidance) × compute share, straight line from the year bought; understated = depreciation at the short life − at the long life, 2026–2028",
      } as Record<string, string>,
      notes: {
        "jpmorgan-revenue-for-return":
          "The share of revenue left for the investors is not in the coverage of the report: halqa backs it out (≈). Tom's Hardware counts ~1.5B iPhone users and >300M Netflix subscribers.",
        "bain-revenue-needed":
          "Bain's capex-to-revenue ratio and the fundable revenue are not in the coverage: halqa backs them out (≈).",
        "sequoia-revenue-question":
          "2023 and 2024 use the run-rates Cahn stated; 2025 uses Nvidia's latest reported Data Center quarter × 4 from the financials, so it need not match the published ~$840B.",
        "depreciation-life":
          "Burry did not publish his inputs: his $176B is shown for comparison, not reproduced. The data holds no capex for 2027–2028, so those vintages are left out (which understates the difference).",
      } as Record<string, string>,
      outputs: {
        "subsidy-ratio": (p: P) => `${p.entity}, ${p.period}: compute cost per revenue dollar`,
        "subsidy-ratio-illustrative": () =>
          'The seed article\'s illustration ("$120 of compute for a $100 problem")',
        "compute-per-revenue-dollar": () => "Startups: cloud and model spend per revenue dollar (Kruze)",
        "compute-share-two-years-earlier": () => "The same share two years earlier",
        "compute-cost-growth-per-year": (p: P) =>
          `Enterprise compute cost growth per year, ${p.from}–${p.to} (IBM)`,
        "revenue-needed-per-year": () => "Annual revenue needed",
        "implied-iphone-users": () => "iPhone users implied by $34.72 a month",
        "implied-netflix-subscribers": () => "Netflix subscribers implied by $180 a month",
        "revenue-shortfall": () => "Shortfall",
        "revenue-question": (p: P) => `Revenue question, ${p.vintage}`,
        "financing-gap": () => "Financing gap",
        "gap-share": (p: P) => `Share of the gap: ${p.source}`,
        "gap-unexplained": () => "Gap left unexplained by the named sources",
        "understated-depreciation": (p: P) =>
          `Depreciation understated ${p.from}–${p.to} (${p.short}-year vs ${p.long}-year life)`,
        "depreciation-per-year": (p: P) =>
          `Depreciation of the ${p.year} compute capex per year at a ${p.life}-year life`,
      } as Record<string, (p: P) => string>,
      inputs: {
        "entity-compute-cost": (p: P) => `${p.entity}: compute cost, ${p.period}`,
        "entity-revenue": (p: P) => `${p.entity}: revenue, ${p.period}`,
        "nvidia-dc-run-rate-latest": () => "Nvidia's latest reported Data Center quarter × 4",
        "compute-share-of-capex": () =>
          "Compute (hardware) share of data-centre capex (Morgan Stanley $1.6T of $2.9T)",
      } as Record<string, (p: P) => string>,
      operator: "Operator",
      stage: "Stage",
      signal: "Signal",
      period: "Period",
      note: "Note",
      signals: {
        utilisation: "Utilisation",
        "power-coverage": "Power-contract coverage",
        "usage-revenue-share": "Usage-linked revenue",
      } as Record<string, string>,
      stages: {
        circular: "circular",
        transitioning: "transitioning",
        "self-funding": "self-funding",
        unknown: "unknown",
      } as Record<string, string>,
      absent: "absent",
      absentNote:
        "absent: no public source gives the value, so none is shown (never estimated). (n/3): how many signals the stage rests on. ≈ marks derived values.",
      thresholdsLine: (p: Record<string, string>) =>
        `A signal is met at: utilisation ≥ ${p.utilisation}, power coverage ≥ ${p["power-coverage"]}, usage-linked revenue ≥ ${p["usage-revenue-share"]} (parameters tracker-*-threshold). Self-funding needs all three met; transitioning, at least one.`,
      windowLine: (p: P) =>
        `Critical window: ${p.low}–${p.high} months from ${p.start} (the Broadcom announcement) → ends between ${p.earliest} and ${p.latest}; ${p.elapsed} months elapsed, at most ${p.left} left.`,
      noObservations: "No public observation of any signal.",
      fileInvalid: (p: P) => `${p.file}: ${p.count} problem(s); nothing was computed.`,
      concentration: "Concentration of gains and capex (as published)",
      figure: "Figure",
      fundTitle: "An S&P 500 index fund (a 401(k)) and the loop",
      company: "Company",
      weight: "Index weight",
      exposure: "Loop exposure",
      contribution: "Fund share in the loop",
      fundLine: (p: P) =>
        `Share of the fund in the loop: ${p.share} (${p.measure}); the snapshot covers ${p.covered} of the index, as of ${p.asOf}. Companies outside the snapshot count for nothing.`,
      measures: {
        membership: "membership: a company on any money loop counts in full",
        "revenue-share": "revenue share: receipts on loop steps this year ÷ revenue",
        file: "exposures from your file",
      } as Record<string, string>,
      measureNotes: {
        membership:
          "Membership is an upper bound: the share of the fund held in companies that take part in the loop at all. --measure revenue-share gives a narrower reading where the data has revenue; --exposure FILE.csv takes your own.",
        "revenue-share":
          "Revenue share is absent where the data has no annual revenue for the company (counted as 0): the result is a lower bound.",
      } as Record<string, string>,
      units: { years: "years", months: "months" } as Record<string, string>,
      fromFileNote: "* exposure from your --exposure file.",
    },
    ledger: {
      invalid: (p: P) => `${p.file}: ${p.count} problem(s); nothing was scanned.`,
      read: (p: P) =>
        `${p.file} (${p.format}): ${p.rows} rows read, ${p.loaded} transactions between ${p.accounts} accounts, in ${p.seconds} s.`,
      columns: (p: P) =>
        `Columns: payer ${p.src}, payee ${p.dst}, time ${p.ts}, amount ${p.amount}, id ${p.id}.`,
      guessed: (p: P) =>
        `Guessed from their names: ${p.roles}. If that is wrong, name them (--src, --dst, --ts, --amount, --id).`,
      tsUnit: (p: P) => `Epoch-number times read as ${p.unit === "ms" ? "milliseconds" : "seconds"}.`,
      selfLoops: (p: P) => `${p.count} self-loop(s) (payer = payee) set apart, not counted as cycles.`,
      duplicates: (p: P) =>
        `${p.count} row(s) repeat another row exactly (payer, payee, time, amount); each counts as its own transaction.`,
      shard: (p: P) =>
        `Shard ${p.index}/${p.count}: cycles whose first transaction is from ${p.from} to before ${p.to}.`,
      temporal: (p: P) =>
        `Temporal cycles: times strictly increasing, last transaction at most ${p.window} after the first, ${p.hops} transactions at most.`,
      static: (p: P) => `Static cycles of ${p.hops} transactions at most (time order not required).`,
      minAmount: (p: P) => `Transactions below ${p.amount} ignored.`,
      retention: (p: P) => `Only cycles whose amount stays within ${p.low}–${p.high} × the previous hop.`,
      found: (p: P) => `${p.cycles} cycle(s) found.`,
      none: "No cycles found.",
      limited: (p: P) =>
        `Output limited to the first ${p.limit} cycles (--limit); all ${p.cycles} are counted here.`,
      stopped: "The scan stopped before it finished: the counts are lower bounds.",
      written: (p: P) => `${p.count} cycle(s) written to ${p.file}.`,
      time: (p: P) => `Time: ingest ${p.ingest} s, scan ${p.scan} s.`,
      byLength: "Cycles by length",
      length: "Transactions",
      cycles: "Cycles",
      topAccounts: "Accounts in most cycles (as payer)",
      account: "Account",
      list: (p: P) => `First ${p.shown} cycles`,
      start: "Start",
      duration: "Duration",
      path: "Accounts",
      transactions: "Transactions",
      amounts: "Amounts",
      retained: "Retained",
      progressIngest: (p: P) => `loading ${p.rows} transactions`,
      progressScan: (p: P) => `${p.edges} of ${p.total} transactions, ${p.cycles} cycles, ${p.rate} cycles/s`,
      interrupted: "Interrupted: no output file was written.",
      failed: "The scan failed: no output file was written.",
      globFiles: (p: P) => `--glob ${p.pattern}: ${p.count} file(s) read: ${p.files}`,
      staleRemoved: (p: P) =>
        `Removed ${p.count} temporary file(s) left by an earlier run that was killed: ${p.files}`,
    },
  },
  sheets: sheetsEn,
};

export type Messages = typeof en;
