/** Problems of run-time inputs: graph and ledger files, CSV, command options, API requests, the server and model runs (`problem.<code>`). */
export const problemRunEn = {
  "graph-empty": "the graph file has no rows: it is empty or holds only a header",
  "graph-missing-columns":
    "missing column(s): {missing} (found: {found}); every edge needs src, dst and amount",
  "graph-missing-value":
    "{column, select, none {a required value} other {{column}}} is empty; every edge needs src, dst and amount",
  "graph-bad-amount":
    "{reason, select, not_finite {the amount {value} is too large to be a number halqa can add (it would read as infinity); check the value} other {the amount is not a number: {value} (write plain numbers such as 1250000 or 1.25e6, without thousands separators or currency signs)}}",
  "graph-negative-amount":
    "the amount cannot be negative ({value}); to record money flowing the other way, swap src and dst",
  "graph-bad-timestamp":
    "{reason, select, mixed_units {the timestamp {value} is in another unit than the file's other epoch numbers (seconds and milliseconds mixed); use one unit, or state it (s or ms)} other {not a timestamp: {value} (use an ISO 8601 date or date-time such as 2025-03-10 or 2025-03-10T12:00:00Z, or epoch seconds or milliseconds)}}",
  "graph-bad-json":
    '{reason, select, shape {a .json graph file holds an array of edges, or an object with an "edges" array} other {{column, select, none {invalid JSON: {detail}} other {invalid JSON: line {line}, column {column}, found {found, select, end {the end of the text} other {"{found}"}}}}}}',
  "graph-bad-row":
    '{reason, select, field_count {this row has {found} fields where the header has {expected}} not_object {each edge must be a JSON object, found {found}} duplicate_column {this column appears more than once in the header} type {expected text or a number, found {found}} text_after_quote {text follows a closing quote (inside a quoted field, write a quote as "")} unclosed_quote {a quote is never closed, so the rest of the file would be one field} other {this row cannot be read}}',
  "graph-too-large":
    "the .json file is {mib} MiB, over the {limitMib} MiB limit for .json (read whole); save it as CSV or JSON Lines (.jsonl), which are streamed",
  "graph-unreadable": "cannot read the graph file: {detail}",
  "graph-unknown-format": 'unknown graph file type "{extension}"; use .csv, .jsonl, .ndjson or .json',
  "invalid-duration": 'not a duration: "{value}" (a number and a unit: 90s, 30m, 12h, 365d, 2w or 1y)',
  "unknown-parameter": "unknown parameter; this endpoint takes: {allowed}",
  "repeated-parameter": "given more than once; give each parameter once",
  "not-positive": "must be greater than 0 (got {value}): a useful life of zero or less has no meaning",
  "reserved-parameter": '"{name}" is not a parameter name any endpoint takes',
  "invalid-choice": '"{value}" is not one of: {values}',
  "invalid-year": 'not a four-digit year: "{value}"',
  "invalid-integer": 'not a whole number: "{value}"',
  "invalid-number":
    '{infinite, select, true {"{value}" is too large to be a finite number (it would read as infinity)} other {not a number: "{value}" (write plain numbers such as 1000000 or 1e6)}}',
  "out-of-range":
    "{minimum, select, none {{maximum, select, none {out of range} other {must be at most {maximum} (got {value})}}} other {must be at least {minimum} (got {value})}}",
  "invalid-boolean": 'not a yes/no value: "{value}" (use 1, 0, true or false)',
  "year-conflict": "give year, or from and to, not both",
  "year-order": "the window starts ({from}) after it ends ({to})",
  "window-needs-temporal": "window applies to temporal loops only: add temporal=1",
  "exposure-target": "give an entity id (/api/exposure/'{'id'}'), or rank=1",
  "not-found": "no such endpoint or file:{path, select, none {} other { {path}}}",
  "method-not-allowed":
    "{method, select, none {this method} other {{method}}} is not allowed on this path (allowed: {allow, select, none {GET, HEAD} other {{allow}}})",
  "body-too-large": "the request body is larger than the limit of {limit} bytes",
  "body-on-read":
    "a {method, select, none {GET} other {{method}}} request carries no body: send it without one",
  "body-aborted": "the request body stopped before its end (the connection was closed)",
  "invalid-path": "this path is not allowed (it leaves the web folder or holds .., a backslash or NUL)",
  "host-not-allowed":
    'this server does not answer requests for the host "{host}" (it answers: {allowed}); start it with --allow-host {name, select, none {NAME} other {{name}}} if that name is yours',
  "serve-not-loopback":
    'listening on "{host}", which other machines can reach: the API has no authentication; only requests naming localhost, this address or an --allow-host name are answered',
  "serve-host-unknown": 'cannot listen on "{host}": no such host name (check --host)',
  "serve-host-not-local":
    'cannot listen on "{host}": that address does not belong to this machine (use 127.0.0.1, or an address of one of its interfaces)',
  "cli-internal-error":
    "an unexpected error stopped halqa ({detail}); this is a bug in halqa, not in your data — please report it (HALQA_DEBUG=1 shows the details)",
  "internal-error": "an unexpected error occurred on the server; it has been logged",
  "analysis-failed":
    "the analysis could not be completed: {reason, select, none {no reason given} other {{reason}}}",
  "self-liability": "a node cannot owe itself ({node})",
  "holdings-over-100":
    "{kind, select, debt {debt} other {equity}} holdings of {issuer} add up to {total}%, over 100%",
  "unknown-node": 'unknown node "{id}"',
  "duplicate-node": 'duplicate node id "{id}" (first at nodes[{first}])',
  "fraction-out-of-range": "a fraction must be between 0 and 1 (got {value})",
  "months-not-positive": "a delay must be a positive number of months (got {value})",
  "scenario-unknown-parameter": 'no parameter or indicator "{id}" in the dataset',
  "scenario-no-revenue": 'the dataset reports no revenue for "{id}": there is nothing to cut',
  "distribution-not-positive": "the distribution's {name} must be positive (got {value})",
  "distribution-min-above-max": "the distribution's min ({min}) is above its max ({max})",
  "distribution-mode-outside": "the mode {mode} lies outside [{min}, {max}]",
  "distribution-leaves-range":
    "samples can fall in [{low}, {high}], outside the allowed [{min}, {max}]: narrow the distribution or add clip: true",
  "unknown-site": 'unknown site "{id}" (data/ai-economy/sites.yaml)',
  "region-needs-delay": "region applies only with a delay: add delayMonths",
  "no-site-in-region": 'no site of the dataset is in region or country "{region}"',
  "delay-beyond-horizon":
    "a delay of {months, plural, one {{months} month} other {{months} months}} is longer than the {horizon, plural, one {{horizon}-year} other {{horizon}-year}} horizon of the stress test",
  "csv-other-format": "a {extension} file is not read here: give a CSV file with the columns {expected}",
  "csv-empty": "the file has no rows: it is empty or holds only a header",
  "csv-columns":
    "{missing, select, none {} other {missing column(s): {missing}; }}{unknown, select, none {} other {unknown column(s): {unknown}; }}the columns are: {expected}",
  "csv-bad-row":
    '{reason, select, field_count {this row has {found} fields where the header has {expected}} text_after_quote {text follows a closing quote (inside a quoted field, write a quote as "")} unclosed_quote {a quote is never closed, so the rest of the file would be one field} other {this row cannot be read}}',
  "duplicate-row": "the same row is given twice (first on line {first})",
  "weights-over-100": "the weights of {index} add up to {total}%, over 100%",
  "ledger-missing":
    "{wildcards, select, none {the ledger file does not exist (check the path)} other {the ledger file does not exist: the path is read as one file named with {wildcards}; to read the files it matches as a pattern, give --glob}}",
  "ledger-empty": "the ledger has no transactions: the file is empty or holds only a header",
  "ledger-unreadable": "cannot read the ledger file{format, select, none {} other { as {format}}}: {detail}",
  "ledger-missing-columns":
    "cannot tell which {count, plural, one {column holds the {missing}} other {columns hold the {missing}}} (found: {found}); name {count, plural, one {it} other {them}} with {flags}",
  "ledger-unknown-column": '{flag} names the column "{column}", which the file lacks (found: {found})',
  "ledger-column-type":
    'the {roleName} column "{column}" has type {type}; it must be {role, select, ts {a TIMESTAMP, a DATE, epoch seconds or milliseconds (a number), or ISO 8601 text} amount {a number (integer, decimal, float, double) or text} other {text or an integer}}',
  "ledger-missing-value":
    "row {row}: {column, select, none {a required value} other {{column}}} is empty{total, plural, =0 {} =1 {} other { ({total} rows in all)}}",
  "ledger-bad-amount":
    "{infinite, select, true {row {row}: the amount {value} is too large to be a finite number (it would read as infinity)} other {row {row}: the amount is not a number: {value} (write plain numbers such as 1250000 or 1.25e6, without thousands separators or currency signs)}}{total, plural, =0 {} =1 {} other { ({total} rows in all)}}",
  "ledger-negative-amount":
    "row {row}: the amount cannot be negative ({value}); to record money flowing the other way, swap payer and payee{total, plural, =0 {} =1 {} other { ({total} rows in all)}}",
  "ledger-bad-timestamp":
    "row {row}: not a timestamp: {value} (use an ISO 8601 date-time such as 2025-03-10T12:00:00Z, or epoch seconds or milliseconds){total, plural, =0 {} =1 {} other { ({total} rows in all)}}",
  "ledger-mixed-time-zones":
    "row {row}: {value} {offset, select, none {has no time-zone offset} other {has a time-zone offset}}, but {offset, select, none {{withOffset}} other {{withoutOffset}}} other rows {offset, select, none {have one} other {have none}}; a ledger that mixes the two cannot be put in one time order (give every time an offset, or none)",
  "ledger-mixed-units":
    "row {row}: the epoch number {value} is in another unit than the rest ({seconds} look like seconds, {milliseconds} like milliseconds); use one unit, or state it with --ts-unit s|ms",
  "output-is-input":
    "{file} is the input{sameFile, select, true {} other { ({input})}}: writing the output there would destroy it, --force or not; choose another --out file",
  "output-inside-input":
    "{file} lies inside the input folder {input}: the output could replace or join the data it is read from; choose an --out file elsewhere",
  "output-exists":
    "{file} already exists and was left as it is; give --force to replace it, or choose another --out file",
  "output-is-directory": "{file} is a folder; --out takes a file name",
  "output-folder-missing":
    "{file} cannot be written: {found, select, file {{folder} is a file, not a folder} other {the folder {folder} does not exist}}",
  "brief-format": "{file}: a brief is written as .html or .pdf; choose a file name with one of those endings",
  "brief-uncertain-scenario":
    "{file} draws its shocks from distributions; a brief reports one deterministic run (run halqa stress {file} for the Monte Carlo)",
  "brief-one-subject": "a brief is on one subject: give --company or --scenario, not both",
  "brief-written": "brief written to {file}",
  "no-chromium":
    "a PDF is printed with headless Chromium, and none was found ({detail}); install chromium, set HALQA_CHROMIUM to its path, or write --out brief.html and print it from a browser",
  "print-failed": "Chromium could not print the brief to PDF: {detail}",
  "workers-capped":
    "--workers {asked} is more than this machine's {cores} core(s): using {used} worker thread(s)",
  "ledger-glob-empty": "no file matches the pattern {pattern} (--glob)",
  "server-busy":
    "the server is busy: {running} heavy computation(s) running and {queued} waiting, the most it takes; try again in {retryAfter} s",
  "invalid-json":
    '{line, select, none {not valid JSON} other {not valid JSON: line {line}, column {column}, found {found, select, end {the end of the text} other {"{found}"}}}}',
  "empty-body": "the request has no body; send the input as JSON",
  "query-not-utf8":
    'not UTF-8 text once its %-escapes are decoded ("{raw}"); encode the text as UTF-8, as encodeURIComponent does',
  "unsupported-charset":
    "the body must be UTF-8 JSON: it is declared as {charset}, which halqa does not read (send the text as UTF-8, with charset=utf-8 or no charset)",
  "unsupported-media-type":
    "the body must be sent as JSON (Content-Type: application/json), not {type, select, none {without a type} other {{type}}}",
  "post-only":
    "{method, select, none {this method} other {{method}}} is not allowed here: send a POST with a JSON body",
  "unknown-scenario": 'no bundled scenario "{id}"; known: {known}',
  "no-convergence": "{model} did not converge in {iterations} iterations (largest change {residual})",
  "invalid-model-option": "an option of {model} is impossible: {detail}",
  "network-too-large":
    "the network has {nodes} nodes and {links} links; the limit is {maxNodes} nodes and {maxLinks} links",
  "unknown-job":
    'no Monte Carlo job "{id}": it never started, or it finished and was dropped after a few minutes',
  "too-many-jobs":
    "{scope, select, client {you already have {limit} Monte Carlo job(s) running; wait for one to finish or cancel it} other {the server is running its limit of {limit} Monte Carlo jobs; try again shortly}}",
  "no-distributions":
    'scenario "{id}" has no distributions: every sample would be identical; run it once with POST /api/stress',
  "sample-failed": "sample {sample} failed (run seed {seed}, sample seed {sampleSeed}): {reason}",
  "run-failed": "the Monte Carlo run stopped on an unexpected error; the server logged it",
} as const;
