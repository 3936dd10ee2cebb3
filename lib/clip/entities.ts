import type { Matcher, Mention } from '../match';
import type { ClipEntity } from '../store';
import { type MentionStats, scoreEntities } from './entity-score';
import { PARAGRAPH_BREAK } from './plain-text';
import { clipSentence, type Sentence, splitSentences } from './sentences';

/** Sentences quoted per entity. */
export const SENTENCES_PER_ENTITY = 3;
/** The lead is the first paragraph, but at least the first LEAD_WORDS words and at most LEAD_MAX_WORDS. */
export const LEAD_WORDS = 60;
const LEAD_MAX_WORDS = 100;
/** The store keeps at most this many entities per clip. */
const MAX_ENTITIES = 1000;

/**
 * Where the lead ends: the first paragraph, stretched to the first 60 words when it is shorter (a dateline,
 * a one-line standfirst) and cut at 100 words when the text has no paragraphs at all.
 */
export function leadEnd(text: string): number {
  const paragraphEnd = text.indexOf(PARAGRAPH_BREAK);
  const firstParagraph = paragraphEnd < 0 ? text.length : paragraphEnd;
  let minEnd = text.length;
  let maxEnd = text.length;
  let words = 0;
  for (const word of text.matchAll(/\S+/g)) {
    words++;
    const end = word.index + word[0].length;
    if (words === LEAD_WORDS) minEnd = end;
    if (words === LEAD_MAX_WORDS) {
      maxEnd = end;
      break;
    }
  }
  return Math.min(Math.max(firstParagraph, minEnd), maxEnd);
}

/** Mentions in a text whose paragraphs no name may run across (a heading's last word and the next line's first). */
function mentionsIn(matcher: Matcher, text: string): Mention[] {
  // U+2029 is the stream's own block break; swapping it in keeps every offset where it was.
  return matcher.match(text.replaceAll(PARAGRAPH_BREAK, '\n\u2029'));
}

interface Found {
  stats: MentionStats;
  first: number;
  /** Indexes of the sentences it is named in, with the first mention in each. */
  sentences: Map<number, Mention>;
}

function sentenceAt(sentences: Sentence[], offset: number, from: number): number {
  let i = from;
  while (i < sentences.length && (sentences[i] as Sentence).end <= offset) i++;
  return i < sentences.length && (sentences[i] as Sentence).start <= offset ? i : -1;
}

/**
 * The entities named in an article's title and text: how often, the sentences that name them (in article
 * order, cut around the mention) and how much the article is about each; the main subject first.
 * `leadless` is for text that has no lead (a whole page's visible text).
 */
export function findEntities(
  matcher: Matcher,
  article: { title: string; text: string; lang: string | null; leadless?: boolean },
): ClipEntity[] {
  const { title, text, lang } = article;
  const found = new Map<string, Found>();
  const entry = (id: string, first: number): Found => {
    let f = found.get(id);
    if (!f) {
      f = { stats: { title: 0, lead: 0, body: 0 }, first, sentences: new Map() };
      found.set(id, f);
    }
    return f;
  };
  for (const m of matcher.match(title)) entry(m.entity, -1).stats.title++;
  const lead = article.leadless ? 0 : leadEnd(text);
  const sentences = splitSentences(text, lang);
  let cursor = 0;
  for (const m of mentionsIn(matcher, text)) {
    const f = entry(m.entity, m.start);
    f.stats.body++;
    if (m.start < lead) f.stats.lead++;
    const at = sentenceAt(sentences, m.start, cursor);
    if (at < 0) continue;
    cursor = at;
    if (f.sentences.size < SENTENCES_PER_ENTITY && !f.sentences.has(at)) f.sentences.set(at, m);
  }
  const scores = scoreEntities(new Map([...found].map(([id, f]) => [id, f.stats])));
  const entities = [...found].map(([id, f]) => ({
    entity: {
      id,
      count: f.stats.title + f.stats.body,
      score: scores.get(id) ?? 0,
      sentences: [...f.sentences].map(([i, m]) => {
        const s = sentences[i] as Sentence;
        return clipSentence(text.slice(s.start, s.end), m.start - s.start, m.end - s.start);
      }),
    },
    first: f.first,
  }));
  entities.sort(
    (a, b) => b.entity.score - a.entity.score || b.entity.count - a.entity.count || a.first - b.first,
  );
  return entities.slice(0, MAX_ENTITIES).map((e) => e.entity);
}
