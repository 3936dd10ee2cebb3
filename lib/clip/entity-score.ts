/** Where an entity is named in an article. */
export interface MentionStats {
  /** Mentions in the title. */
  title: number;
  /** Mentions in the lead (counted in `body` too). */
  lead: number;
  /** Mentions in the article's text. */
  body: number;
}

/** The weight of a title mention, of a lead mention, and the evidence that makes a clear main subject. */
export const TITLE_WEIGHT = 3;
export const LEAD_WEIGHT = 2;
export const MAIN_SUBJECT_EVIDENCE = TITLE_WEIGHT + LEAD_WEIGHT;

/**
 * How strongly the article points at an entity:
 *
 *   evidence = 3·[named in the title] + 2·[named in the lead] + log2(1 + mentions in the text)
 *
 * The headline and the lead are where a journalist says what the story is about, so being named there
 * counts most, once: naming a country twice in the headline does not make it twice the subject. Every
 * mention in the text adds evidence, with diminishing returns (log2), because the tenth mention says
 * less than the second and long articles would otherwise swamp short ones.
 */
export function evidenceOf(stats: MentionStats): number {
  return (
    (stats.title > 0 ? TITLE_WEIGHT : 0) + (stats.lead > 0 ? LEAD_WEIGHT : 0) + Math.log2(1 + stats.body)
  );
}

/**
 * The 0..1 "main subject" score of each entity:
 *
 *   score = evidence / max(strongest evidence in the article, 5)
 *
 * Dividing by the strongest entity's evidence puts the article's main subject at 1 and ranks the others
 * against it. The floor of 5 (a title and a lead mention, or a lead mention and some seven more) keeps an
 * article that only names things in passing from promoting one of them to main subject: a single passing
 * mention has evidence 1, so it scores 0.2 at most, and less beside a real main subject (0.12 beside one
 * named in the title, the lead and seven times more).
 */
export function scoreEntities(stats: ReadonlyMap<string, MentionStats>): Map<string, number> {
  const evidence = new Map<string, number>();
  let strongest = 0;
  for (const [id, s] of stats) {
    const e = evidenceOf(s);
    evidence.set(id, e);
    strongest = Math.max(strongest, e);
  }
  const scale = Math.max(strongest, MAIN_SUBJECT_EVIDENCE);
  const scores = new Map<string, number>();
  for (const [id, e] of evidence) scores.set(id, Math.round(Math.min(1, e / scale) * 1000) / 1000);
  return scores;
}
