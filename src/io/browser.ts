/**
 * The io layer as the dashboard may use it: the parsers that read a file the reader picks in the
 * browser (a network CSV edge list, index weights or exposures CSV) and the UTF-8 decoder, all pure
 * (no Node built-in, no package). Web code imports src/io only through this file;
 * src/architecture.test.ts checks that nothing reachable from it needs Node.
 */
export { readCsvText } from "./csv-edges.ts";
export { type ExposureFigure, type IndexWeight, parseExposureCsv, parseWeightsCsv } from "./holdings-csv.ts";
export { decodeUtf8 } from "./utf8.ts";
