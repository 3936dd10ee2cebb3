/**
 * Which field a word was found in, packed into each posting beside the clip's slot: `slot * 32 + code`.
 * For entity names the code also carries how much the article is about that entity, so that the word
 * index can already prefer articles about "Pakistan" over passing mentions when it picks candidates.
 */
export const FIELD = { title: 0, tag: 1, site: 2, excerpt: 3 } as const;
const ENTITY_BASE = 4;
const ABOUT_STEPS = 15;

export const CODES = 32;

export function entityCode(score: number): number {
  const s = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return ENTITY_BASE + Math.round(s * ABOUT_STEPS);
}

/**
 * How much a word found in this field counts when choosing candidates (0..1), mirroring the weights the
 * final ranking gives the fields: title and entity names most (entities more the more the article is
 * about them), tags and site less, the excerpt least.
 */
export const CODE_WEIGHT: Float64Array = (() => {
  const w = new Float64Array(CODES);
  w[FIELD.title] = 0.6;
  w[FIELD.tag] = 0.45;
  w[FIELD.site] = 0.45;
  w[FIELD.excerpt] = 0.25;
  for (let step = 0; step <= ABOUT_STEPS; step++) w[ENTITY_BASE + step] = 0.55 + (0.45 * step) / ABOUT_STEPS;
  return w;
})();

/** Which field groups a code belongs to, as bits: which fields of a candidate fuse.js needs to look at. */
export const GROUP = { title: 1, tag: 2, site: 4, excerpt: 8, entity: 16 } as const;
export const CODE_GROUP: Uint8Array = (() => {
  const g = new Uint8Array(CODES);
  g[FIELD.title] = GROUP.title;
  g[FIELD.tag] = GROUP.tag;
  g[FIELD.site] = GROUP.site;
  g[FIELD.excerpt] = GROUP.excerpt;
  for (let step = 0; step <= ABOUT_STEPS; step++) g[ENTITY_BASE + step] = GROUP.entity;
  return g;
})();

/** How much the article is about the entity a code names (0..1); 0 for the other fields. */
export const CODE_ABOUT: Float64Array = (() => {
  const a = new Float64Array(CODES);
  for (let step = 0; step <= ABOUT_STEPS; step++) a[ENTITY_BASE + step] = step / ABOUT_STEPS;
  return a;
})();
