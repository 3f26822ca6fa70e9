/**
 * Analysis vocabulary every face uses: `report.common.*`. `count.<noun>` is a count with its noun in
 * the form the number takes (CLDR plural rules; Arabic: "صفقة واحدة", "صفقتان", "5 صفقات", "98 صفقةً",
 * "100 صفقة"; see docs/arabic-style.md).
 */
export const commonEn = {
  count: {
    source: "{count, plural, one {# source} other {# sources}}",
    entity: "{count, plural, one {# entity} other {# entities}}",
    deal: "{count, plural, one {# deal} other {# deals}}",
    flow: "{count, plural, one {# flow} other {# flows}}",
    figure: "{count, plural, one {# sourced figure} other {# sourced figures}}",
    financial: "{count, plural, one {# financial} other {# financials}}",
    indicator: "{count, plural, one {# indicator} other {# indicators}}",
    site: "{count, plural, one {# site} other {# sites}}",
    parameter: "{count, plural, one {# parameter} other {# parameters}}",
    step: "{count, plural, one {# step} other {# steps}}",
    loop: "{count, plural, one {# loop} other {# loops}}",
    year: "{count, plural, one {# year} other {# years}}",
    month: "{count, plural, one {# month} other {# months}}",
    row: "{count, plural, one {# row} other {# rows}}",
    account: "{count, plural, one {# account} other {# accounts}}",
    company: "{count, plural, one {# company} other {# companies}}",
    problem: "{count, plural, one {# problem} other {# problems}}",
    file: "{count, plural, one {# file} other {# files}}",
    record: "{count, plural, one {# record} other {# records}}",
    day: "{count, plural, one {# day} other {# days}}",
    node: "{count, plural, one {# node} other {# nodes}}",
    edge: "{count, plural, one {# edge} other {# edges}}",
    transaction: "{count, plural, one {# transaction} other {# transactions}}",
    sample: "{count, plural, one {# sample} other {# samples}}",
    change: "{count, plural, one {# change} other {# changes}}",
  },
} as const;
