/**
 * Colours that survive colour blindness: the Okabe–Ito palette (M. Okabe, K. Ito (2008), "Color
 * Universal Design — how to make figures and presentations that are friendly to colorblind people"),
 * one colour per deal-type group, and symbols rather than colours for the kinds of entity.
 */
import type { KindGroup, TypeGroup } from "../model/enums.ts";

export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000",
} as const;

export const GROUP_COLOUR: Readonly<Record<TypeGroup, string>> = {
  equity: OKABE_ITO.blue,
  compute: OKABE_ITO.orange,
  chips: OKABE_ITO.bluishGreen,
  credit: OKABE_ITO.vermillion,
  guarantee: OKABE_ITO.reddishPurple,
  power: OKABE_ITO.yellow,
  other: OKABE_ITO.skyBlue,
};

/**
 * Symbols by kind of entity, by ECharts' names for them (drawn by svg-shapes.ts): shape, not colour,
 * tells kinds apart.
 */
export const KIND_SYMBOL: Readonly<Record<KindGroup, string>> = {
  labs: "circle",
  chips: "diamond",
  clouds: "rect",
  neoclouds: "roundRect",
  builders: "triangle",
  power: "pin",
  financiers: "circle",
  spv: "rect",
  other: "circle",
};

/** Nodes are ink on paper; a kind's outline tells financiers and vehicles from operators. */
export const KIND_FILL: Readonly<Record<KindGroup, string>> = {
  labs: "#1f2937",
  chips: "#1f2937",
  clouds: "#1f2937",
  neoclouds: "#1f2937",
  builders: "#1f2937",
  power: "#1f2937",
  financiers: "#9ca3af",
  spv: "#9ca3af",
  other: "#d1d5db",
};

export const HIGHLIGHT = OKABE_ITO.black;
