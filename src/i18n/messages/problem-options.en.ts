/**
 * Problems of the command line's options (`problem.option-*`): what the user typed, and what the
 * option takes. Said in the run's language (--lang or $HALQA_LANG) where main() catches them.
 */
export const problemOptionsEn = {
  "option-choice": '{option} must be one of {values} (got "{value}")',
  "option-year": '{option} must be a four-digit year (got "{value}")',
  "option-date": '{option} must be an ISO date such as 2026-06-30 (got "{value}")',
  "option-positive-int": '{option} must be a positive whole number (got "{value}")',
  "option-whole": '{option} must be a whole number ≥ 0 (got "{value}")',
  "option-non-negative": '{option} must be a non-negative number (got "{value}")',
  "option-integer": '{option} must be a whole number (got "{value}")',
  "option-months": '{option} must be a whole number of months (got "{value}")',
  "option-growth": '{option} must be a number above -1, e.g. 0.5 for 50% (got "{value}")',
  "option-growth-too-large":
    "{option} {value} grows revenue past the largest number a computer holds within the window (it would read as infinity); give a smaller growth",
  "option-fraction": '{option} must be between 0 and 1 (got "{value}")',
  "option-duration": '{option} must be a duration such as 365d, 12w, 24h (got "{value}")',
  "option-too-large":
    "{option} is too large: {value} is past {max}, the largest whole number halqa counts exactly",
  "option-span":
    "--from {from} --to {to} spans more than {max, plural, one {# year} other {# years}}: choose a window of at most {max, plural, one {# year} other {# years}}",
  "option-at-least": '{option} must be a whole number ≥ {min} (got "{value}")',
  "option-range": '{option} must be a whole number from {min} to {max} (got "{value}")',
  "option-assignment":
    '--set takes KEY=NUMBER, such as jpmorgan-target-return=12 or bain-dc-capex-per-year-2030=600B (got "{value}")',
  "option-set-unread": "--set: no analysis reads {unread}; the keys are: {keys}",
  "option-order": "--from ({from}) is after --to ({to})",
  "option-year-and-range": "give --year, or --from/--to, not both",
  "option-port": '--port must be 0–65535 (got "{value}")',
  "option-positive-years": '{option} must be a positive number of years (got "{value}")',
  "option-id-or-rank": "give an entity id, or --rank",
  "serve-port-in-use": "port {port} is in use: try --port 0 or another port",
  "serve-port-denied": "not allowed to listen on port {port}",
  "output-written": "wrote {file}",
  "output-write-failed":
    "cannot write {file}: {reason, select, EACCES {permission denied} EPERM {permission denied} ENOSPC {the disk is full} EDQUOT {the disk quota is used up} EROFS {the file system is read-only} ENOENT {its folder cannot take new files} other {{detail}}}; nothing was changed",
  "option-needs": "{option} goes with {needs}: add {needs}, or leave {option} out",
  "option-either": "give {first} or {second}, not both",
  "option-shard": '--shard must be i/n with 0 ≤ i < n, such as 0/4 (got "{value}")',
  "option-shard-static": "--shard splits by time: it goes with --temporal, not --static",
  "option-size": '{option} must be a size such as 512MB or 4GB (got "{value}")',
  "option-retention": '--retention must be low..high with 0 < low ≤ high, such as 0.8..1.0 (got "{value}")',
  "option-out-format": '--out must end in {extensions} (got "{value}")',
} as const;
