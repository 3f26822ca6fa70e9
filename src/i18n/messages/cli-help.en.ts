/**
 * `cli.help.*`: commander's help for every command (src/cli/help.ts puts these texts on the program
 * before it prints help): the section titles, each command's summary, its arguments and its options
 * (`options` holds the texts several commands share; a command's own `options` override them), and the
 * long texts printed after a command's options. Lists that come from code (value bases, flow kinds, deal
 * types, models) are placeholders the help fills in.
 */
export const cliHelpEn = {
  titles: {
    usage: "Usage:",
    arguments: "Arguments:",
    options: "Options:",
    commands: "Commands:",
  },
  /** After an option's text, the value it takes when not given. */
  default: "default: {value}",
  choices: "choices: {values}",
  helpOption: "display help for command",
  helpCommand: "display help for command",
  options: {
    "--as-of": "read statuses and drop later deals as of this ISO date (default: today)",
    "--basis": "value basis: {bases}",
    "--data": "dataset folder (default: the bundled data/ai-economy)",
    "--force": "replace an existing --out file (never the input)",
    "--from": "first year",
    "--include-reported": "on the announced basis, also count deals only the press reports (talks, rumours)",
    "--json": "machine-readable JSON on stdout, the same in every --lang (data notes in English)",
    "--lang": "language of messages and tables: en or ar (default: $HALQA_LANG or en)",
    "--to": "last year",
    "--top": "how many of the largest deals to list",
    "--wide": "print every column, even past 100 characters",
    "--year": "one year",
  },
  commands: {
    halqa: {
      summary: "Map and stress-test the circular AI economy: sourced deals, money flows, loops, exposure.",
      options: {
        "--version": "output the version number",
        "--digits":
          "digits in Arabic output: latn (Western, default) or arab (default: $HALQA_DIGITS or latn)",
      },
    },
    summary: {
      summary: "what the bundled dataset holds: totals, largest deals, sources",
    },
    data: {
      summary: "validate, export and describe the dataset",
    },
    "data-validate": {
      summary: "check a dataset folder; exit 1 listing every problem",
      arguments: { dir: "the dataset folder (default: the bundled data/ai-economy)" },
    },
    "data-stats": {
      summary: "counts, totals per value basis, largest deals, sources by outlet",
    },
    "data-export": {
      summary: "the normalized dataset (JSON), or one table of it (CSV)",
      options: {
        "--format": "json or csv",
        "--table": "CSV table",
        "--out": "write to FILE (atomically) instead of stdout; never over the dataset or an existing file",
      },
    },
    "data-schema": {
      summary: "JSON Schema of the dataset files, for editors that check YAML as you type",
      options: {
        "--out": "write to FILE (atomically) instead of stdout; never over an existing file",
      },
    },
    flows: {
      summary: "the dated flows the deals imply, per year, on one value basis",
      options: {
        "--entity": "only flows from or to this entity",
        "--unit": "USD (money), GW or MW (capacity), shares …",
        "--kind":
          "comma-separated flow kinds ({kinds}); default: cash in USD, all but guarantee in other units",
      },
    },
    loops: {
      summary: "money loops, largest bottleneck first (or in your own edge list)",
      options: {
        "--max-length": "longest loop, in steps",
        "--temporal": "time-respecting loops: each deal after the previous, all within --window",
        "--window": "window for --temporal: 365d, 12w, 24h, 90m, 30s",
        "--min-amount": "ignore flows smaller than this",
        "--types": "deal types to keep, comma-separated (e.g. --types {types} …)",
        "--kinds": "flow kinds that carry value (default: cash, equity, warrant, guarantee)",
        "--entity": "only loops through this entity",
        "--limit": "how many loops to show",
        "--graph": "find loops in an edge list (CSV, JSON or JSON Lines; see docs/graph-format.md)",
        "--ts-unit": "with --graph: numeric timestamps are s or ms (default: detected)",
        "--workers":
          "with --graph: worker threads for the search, at most the cores; 0 searches in this thread (default: with --count 2, or 0 under 50,000 edges; else 0, as one thread stops at 200,000 loops)",
        "--count": "print only the number of loops",
        "--by-length": "with --count: the number per length",
      },
    },
    circularity: {
      summary: "how much of each entity's money is its own coming back",
      options: {
        "--entity": "one entity, with all its originators",
        "--null-model": "compare with N degree-preserving rewirings (p-values)",
        "--seed": "seed of the rewirings",
      },
    },
    exposure: {
      summary: "one entity's customers, suppliers, vendor financing, off-balance-sheet items and rank",
      arguments: { id: "entity id (e.g. halqa exposure nvidia)" },
      options: {
        "--rank": "rank all entities by PageRank, betweenness and circular share",
        "--limit": "rows per table",
        "--year": "one fiscal year of the revenue shares (2025 = FY2025, or calendar 2025)",
      },
    },
    ratios: {
      summary: "the published ratios recomputed from the data, with inputs and sources",
    },
    reconcile: {
      summary: "each headline figure beside its published counterpart: agrees, or differs and why",
    },
    serve: {
      summary: "serve the HTTP API under /api (docs at /api/docs) for the bundled or another dataset",
      after: [
        "POST /api/stress and /api/network/solve are computed on compute threads (one per core but one), not",
        "on the thread that answers /api/health and the GETs; up to 8 more wait their turn, and past that the",
        "answer is 429 server-busy with Retry-After (docs/api.md).",
      ].join("\n"),
      options: {
        "--port": "port (default: $PORT or {port}; 0 picks a free one)",
        "--host": "interface to bind (default 127.0.0.1: this machine only)",
        "--allow-host":
          "host names (comma-separated) requests may use besides localhost, 127.0.0.1, [::1] and --host",
        "--lang": "language of error messages: en or ar",
      },
    },
    network: {
      summary: "stress a plain financial network of your own",
    },
    "network-solve": {
      summary: "run a contagion model: clearing payments, defaults and their waves, losses",
      arguments: { file: "network JSON (docs/network-format.md)" },
      options: {
        "--model": "{models}",
        "--alpha": "Rogers–Veraart: share of external assets realised in default (0–1)",
        "--beta": "Rogers–Veraart: share of interbank assets realised in default (0–1)",
        "--lgd": "Furfine: loss given default (0–1)",
        "--recovery": "linear DebtRank, NEVA Black–Cox and linear-debtrank: recovery rate (0–1)",
        "--valuation": "NEVA: eisenberg-noe, furfine, black-cox or linear-debtrank",
        "--black-cox-assets": "NEVA Black–Cox: external (the neva package's) or total assets diffuse",
        "--maturity": "NEVA Black–Cox: maturity in years",
        "--external-seniority": "pari-passu or senior",
        "--zero-equity-default": "count equity of exactly zero as a default",
        "--lang": "en or ar",
      },
    },
    stress: {
      summary: "run a stress scenario on the dataset: defaults by wave, losses, unfunded deals",
      arguments: { scenario: "scenario YAML (scenarios/*.yaml)" },
      options: {
        "--model": "override the scenario's model: {models}",
        "--runs": "Monte Carlo samples (default 10000 when the scenario has distributions)",
        "--seed": "seed of the Monte Carlo run (default 1)",
        "--wide": "show every column, past 100 terminal columns",
        "--workers":
          "worker threads, at most the cores (default: up to 2, one per core; 0 runs in this thread)",
      },
    },
    economics: {
      summary: "unit economics and the published 'revenue needed' analyses, recomputed with editable inputs",
      options: {
        "--set": "change an input (repeatable); --json lists the keys",
        "--wide": "every column of the tables, however wide (default: fit 100 columns)",
      },
    },
    tracker: {
      summary: "utilisation, power-contract coverage and usage-linked revenue per operator; the stage",
      options: {
        "--entity": "one operator, with every observation over time",
        "--wide": "every column of the tables, however wide (default: fit 100 columns)",
      },
    },
    market: {
      summary: "concentration of gains and capex; the share of an index fund that sits in the loop",
      options: {
        "--weights": "index weights CSV: entity,weight[,index,asOf,source,estimate,note] (percent)",
        "--exposure": "loop exposure CSV: entity,exposure[,note,source] (percent of the company)",
        "--measure": "exposure from the deals: {measures}",
        "--wide": "every column of the fund table, however wide (default: fit 100 columns)",
      },
    },
    power: {
      summary: "GW of compute committed against power secured, per year: coverage, stranded GW, energy bill",
      options: {
        "--from": "first year (default 2024)",
        "--to": "last year (default 2030)",
        "--entity": "only capacity and power this entity is party to",
        "--site": "only this campus (data/ai-economy/sites.yaml)",
        "--delay-months": "grid connections slip m months: capacity not yet online moves later",
        "--region": "with --delay-months: only sites in this region or country (Texas, US …)",
        "--wide": "every column of the tables, however wide (default: fit 100 columns)",
      },
    },
    funding: {
      summary: "an entity's funding gap per year: commitments due, revenue, costs, financing, runway",
      arguments: { entity: "entity id (e.g. halqa funding openai)" },
      options: {
        "--basis": "value basis of the deals: {bases}",
        "--from": "first year (default 2024)",
        "--to": "last year (default 2030)",
        "--growth": "yearly revenue growth after the last revenue figure, as a fraction (0.5 = 50%)",
        "--wide": "every column of the tables, however wide (default: fit 100 columns)",
      },
    },
    ledger: {
      summary: "find round-tripping in your own transaction ledger",
    },
    "ledger-scan": {
      summary: "find money cycles (round trips) in a ledger file: CSV, Parquet or JSON lines",
      after: [
        "What counts as a cycle:",
        "  --temporal (default)  transactions t1 \u2026 tk with strictly increasing times (two payments at the",
        "                        same instant cannot follow each other) and ts(tk) \u2212 ts(t1) \u2264 --window",
        "                        (inclusive: exactly the window still counts); no account visited twice.",
        "  --static              any simple cycle of accounts of at most --max-hops transactions, time",
        "                        order ignored. One row per cycle of accounts, with its transactions per",
        '                        hop and its "combinations": the product of the hops\' parallel payments.',
        "  --per-transaction     with --static: one cycle per choice of parallel payment instead. Refused",
        "                        when the account cycles count more than 50,000,000 such cycles, unless",
        "                        --force-enumeration.",
        "  Parallel transactions (the same payer and payee, several payments) give separate temporal (and",
        "  --per-transaction) cycles, one per choice of payment. Duplicate rows are separate transactions and are counted in the summary.",
        "  Self-loops (payer = payee) are not cycles: they are counted and reported apart.",
        "  A cycle is reported once, from its earliest transaction; --retention keeps cycles whose amount",
        "  stays within low..high \u00d7 the previous hop's at every hop (money going round minus fees).",
        "",
        "Input: CSV, Parquet or JSON lines (by extension, else sniffed), read by an embedded DuckDB. Columns",
        "are named by --src/--dst/--ts/--amount/--id or guessed (from/to, sender/receiver, payer/payee,",
        "debit/credit account, timestamp/date, amount/value \u2026). Times: ISO 8601 (all with a time-zone offset,",
        "or none, read as UTC) or epoch seconds/milliseconds (by magnitude, or --ts-unit).",
        "",
        "Output (--out .csv, .jsonl or .parquet): one row per cycle with its transaction ids, accounts,",
        "times (UTC), amounts, duration and amount retained (last \u00f7 first); --static account cycles have",
        'the columns cycle, length, combinations, accounts, transactions (hops split by ";", a hop\'s parallel',
        'payments by "|"; docs/methods/ledger-cycles.md). Written to a temporary name and',
        "renamed at the end, so an error, Ctrl-C, kill (SIGTERM) or a closed terminal (SIGHUP) leaves no",
        "partial file; temporaries left by a run killed outright (kill -9) are removed by the next run to the",
        "same --out. --out is never the input (links resolved) and never an existing file unless --force.",
        "",
        "The path is one literal file, even if its name holds * ? [ ]; --glob reads it as a pattern instead",
        "(quote it: 'ledger-*.csv'), lists the files it matched on stderr and in --json (\"files\"), and numbers",
        "rows across them in that order. --workers is capped at this machine's cores (said on stderr).",
        "Shards: docs/scale.md.",
      ].join("\n"),
      arguments: { file: "the ledger: one row per transaction" },
      options: {
        "--src": "payer column (default: guessed)",
        "--dst": "payee column (default: guessed)",
        "--ts": "time column (default: guessed)",
        "--amount": "amount column (default: guessed)",
        "--id": "transaction id column (default: guessed, else the row number)",
        "--ts-unit": "epoch-number times are s or ms (default: by magnitude)",
        "--temporal": "time-respecting cycles within --window (the default)",
        "--static": "cycles of accounts, time order ignored",
        "--per-transaction": "with --static: one cycle per choice of parallel payment",
        "--force-enumeration": "with --per-transaction: list the cycles even past 50,000,000",
        "--window": "temporal window, inclusive: 90s, 15m, 36h, 7d, 2w",
        "--max-hops": "longest cycle, in transactions (2 or more)",
        "--min-amount": "ignore transactions smaller than this",
        "--retention": "keep cycles whose amount stays within low..high × the previous hop, e.g. 0.8..1.0",
        "--limit": "most cycles written or shown (default: all with --out, else 20); all are counted",
        "--out": "write every cycle to .csv, .jsonl or .parquet (never the input; new file unless --force)",
        "--glob": "read <file> as a pattern (* ? [ ]) of several files; default: one literal file",
        "--workers":
          "worker threads for the search, at most the cores; 0 searches in this thread (default: 2, or 0 under 50,000 transactions)",
        "--shard": "scan time shard i of n (0-based); see docs/scale.md",
        "--memory-limit": "DuckDB memory limit while reading, e.g. 2GB",
        "--threads": "DuckDB threads while reading",
        "--json": "machine-readable JSON on stdout (no progress bar)",
      },
    },
    company: {
      summary: "one company's sheet: financials, deals, loops, sites, stress",
      arguments: {
        id: 'entity id or name, in English or Arabic (e.g. halqa company oracle, or halqa company "أوراكل")',
      },
      options: {
        "--year": "one year (financials, flows and circularity of that year)",
      },
    },
    deal: {
      summary: "one deal's timeline, figures and sources, links, and what counts on each basis",
      arguments: { id: "deal id (e.g. halqa deal nvidia-openai-10gw-loi)" },
    },
    changes: {
      summary: "what was announced, revised, replaced, closed or terminated in a window",
      options: {
        "--since": "first day of the window (ISO date)",
        "--until": "last day of the window (default: --as-of, else today)",
        "--entity": "only deals of this entity (id or name)",
      },
    },
    brief: {
      summary: "a one- to four-page brief to cite: headline figures, key charts, checks, footnoted sources",
      options: {
        "--company": "a brief on one company (id or name, in English or Arabic)",
        "--scenario": "a brief on one stress scenario (a deterministic scenario YAML)",
        "--out": "write brief.html, or brief.pdf through headless Chromium (default: HTML on stdout)",
      },
    },
  },
} as const;
