/** Problems found in the data files and the dataset, keyed by their stable error codes (`problem.<code>`). */
export const problemDataEn = {
  "yaml-syntax": "YAML syntax error: {detail}",
  "yaml-too-deep":
    "the file nests too deeply to be read (thousands of levels of lists or mappings); flatten it",
  required: "required field is missing{field, select, none {} other {: {field}}}",
  "invalid-type": "expected {expected}, found {received}",
  // The kind of JSON value named in invalid-type (problem-message.ts): English keeps the word as produced.
  "invalid-type-word":
    "{type, select, list {a list} mapping {a mapping} shapes {one of several shapes} other {{type}}}",
  "unknown-field": "unknown field: {keys}",
  "not-finite":
    "this number reads as {value}, not a finite amount (1e309 is past the largest number a computer holds; .inf and .nan are not amounts); give a plain number",
  "invalid-enum": "must be one of: {values}",
  "invalid-value": "invalid value",
  "too-small": "too small or too short (minimum {minimum})",
  "too-big": "too large or too long (maximum {maximum})",
  "invalid-format": "not a valid {format}",
  "invalid-id": "ids are kebab-case: lowercase letters and digits joined by hyphens (e.g. nvidia-openai-loi)",
  "invalid-date": "not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD):{value, select, none {} other { {value}}}",
  "invalid-period": "not a period (2024, 2025-H1, 2025-Q3, FY2026, FY2026-Q3, 2025-2028)",
  "missing-arabic": "the Arabic name must be written in Arabic script",
  "figure-empty": "a figure needs a value, or low and/or high",
  "figure-unsourced": "a figure needs at least one source id in `sources`",
  "deal-unsourced": "a deal needs at least one source id in `sources`",
  "negative-amount": "amounts cannot be negative ({value})",
  "low-above-high": "low ({low}) is greater than high ({high})",
  "value-outside-range":
    "value {value} lies outside its range [{low, select, none {…} other {{low}}}, {high, select, none {…} other {{high}}}]",
  "percent-over-100": "a percentage cannot exceed 100 ({value})",
  "stakes-over-100": "sponsors' stakes add up to {total}%, over 100%",
  "unit-kind-mismatch": "unit {unit} does not fit a {kind} flow",
  "self-flow": "a flow cannot go from {entity} to itself",
  "flow-empty": "a flow needs at least one of announced, committed or paid",
  "schedule-duplicate-year": "year {year} appears twice in the schedule",
  "period-overdetermined": "give either `end` or `years`, not both",
  "period-end-before-start": "the period ends ({end}) before it starts ({start})",
  "status-out-of-order": "status history out of date order: {date} comes after {previous}",
  "source-unlocated": "a source needs a `url` or a `file`",
  "duplicate-id": 'duplicate id "{id}" in {collection} (first defined in {firstFile})',
  "unknown-source": 'unknown source "{id}"',
  "unknown-entity": 'unknown entity "{id}"',
  "unknown-deal": 'unknown deal "{id}"',
  "ambiguous-entity": '"{id}" matches several entities: {matches}',
  "date-order": "the window starts ({since}) after it ends ({until})",
  "link-missing-deal": 'the link points to a deal that does not exist: "{id}"',
  "link-to-self": 'a deal cannot link to itself ("{id}")',
  "duplicate-figure":
    "{entity} {metric} {period} is entered twice (first in {firstFile}); put conflicting figures in `alternatives`",
  "dir-not-found": "dataset folder not found: {dir}",
  "dir-is-file": "{dir} is a file; give the dataset folder that holds it",
  "no-data-files": "no .yaml files in {dir}",
  "file-unreadable": "cannot read the file: {detail}",
  "file-empty": "the file is empty",
  "parameter-missing":
    "the dataset has no parameter {ids}, which this analysis needs: add it to the dataset's parameters",
  "collection-missing":
    "{references} reference(s) name {ids} {collection} that no file defines (e.g. {examples}), while the files define only {defined}: is a file missing? (the bundled data keeps them in {collection, select, sources {sources/} other {{collection}.yaml}}); the individual references are not listed until it is restored",
  "yaml-alias-limit":
    "the YAML file expands more than {limit} aliases (*name); halqa stops there, since a few lines can otherwise expand to gigabytes",
  "invalid-utf8":
    "not UTF-8 text: the bytes from byte {offset} (counted from 0) do not form a UTF-8 character; save it as UTF-8 (halqa does not guess an encoding, since two different names could then read as one)",
  "file-missing": "the file does not exist (check the path)",
  "file-is-directory": "this is a folder, not a file",
  "file-permission": "permission denied: halqa may not read this file",
} as const;
