/** The pages' words: the loop counts (keys web.loops.*). */
export const webLoopsEn = {
  loops: {
    /** Under the largest loops: what the count counts, and how many loops remain on cash alone. */
    counted:
      "Counted: {scope, select, default {cash, equity, warrant and guarantee flows} other {the flow kinds {kinds}}}; {cashOnly, plural, =0 {none of these loops remains} one {# of these loops remains} other {# of these loops remain}} on cash payments alone (the loops the Circularity page starts from, as circularity measures revenue).",
  },
} as const;
