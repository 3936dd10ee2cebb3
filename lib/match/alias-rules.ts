import type { MatchRule } from './automaton';
import { charKind, DIGIT, isAllCapsWord, startsUpper, UPPER } from './tokens';

/** The words around a mention that alias rules look at. */
export interface MentionContext {
  /** Words before the mention, nearest last. */
  before: string[];
  /** Words after the mention, nearest first. */
  after: string[];
  /** The word right before is separated from the mention by spaces only. */
  prevBySpace: boolean;
  /** Everything between the previous spaces and the mention, punctuation included ("Mr.", "Russia's"). */
  prevToken?: string | undefined;
  /** The word right after is separated from the mention by a single space. */
  nextBySingleSpace: boolean;
  /** The raw text right after the mention. */
  afterText: string;
  /** The same entity was matched earlier on the page (by an alias without a rule, or one whose rule held). */
  priorMention: boolean;
}

/** How many words on each side a rule may look at: the scanner keeps at least this much context. */
export function ruleReach(rule: MatchRule): number {
  return Math.max(rule.requireNear?.window ?? 0, rule.rejectNear?.window ?? 0, 1);
}

/** Each rule's word list in lower case, made once: a page meets the same rules again and again. */
const lowerSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function lowerSet(words: readonly string[]): ReadonlySet<string> {
  let set = lowerSets.get(words);
  if (!set) {
    set = new Set(words.map((w) => w.toLowerCase()));
    lowerSets.set(words, set);
  }
  return set;
}

function near(words: readonly string[], context: MentionContext, window: number): boolean {
  const wanted = lowerSet(words);
  const from = Math.max(0, context.before.length - window);
  for (let i = from; i < context.before.length; i++) {
    if (wanted.has((context.before[i] as string).toLowerCase())) return true;
  }
  const to = Math.min(context.after.length, window);
  for (let i = 0; i < to; i++) if (wanted.has((context.after[i] as string).toLowerCase())) return true;
  return false;
}

function followedBy(phrases: readonly string[], afterText: string): boolean {
  const text = afterText.replace(/^[ \u00A0]+/, '').toLowerCase();
  return phrases.some((phrase) => {
    const p = phrase.trimStart().toLowerCase();
    if (!text.startsWith(p)) return false;
    const kind = charKind(text.charAt(p.length));
    return kind < UPPER || kind > DIGIT;
  });
}

/** The words on both sides are capitalised too: a Title Case headline, where capitals say nothing. */
function inTitleCaseRun(context: MentionContext): boolean {
  const prev = context.before[context.before.length - 1];
  const afterNext = context.after[1];
  return (
    context.prevBySpace &&
    prev !== undefined &&
    startsUpper(prev) &&
    afterNext !== undefined &&
    startsUpper(afterNext)
  );
}

/** The word before is one of `words`: as written ("Mr.", "Russia's"), or without its full stop or possessive. */
function precededBy(words: readonly string[], context: MentionContext): boolean {
  const prev = context.before[context.before.length - 1];
  if (context.prevBySpace && prev !== undefined && words.includes(prev)) return true;
  const token = context.prevToken;
  if (token === undefined) return false;
  return words.includes(token) || words.includes(token.replace(/(?:\.|['’]s)$/u, ''));
}

/** Whether a mention of an alias that carries `rule` stands, given its context. */
export function rulePasses(rule: MatchRule, context: MentionContext): boolean {
  if (rule.requireNear) {
    const cued = near(rule.requireNear.words, context, rule.requireNear.window);
    if (!cued && !(rule.orPriorMention && context.priorMention)) return false;
  } else if (rule.orPriorMention && !context.priorMention) {
    return false;
  }
  if (rule.rejectNear && near(rule.rejectNear.words, context, rule.rejectNear.window)) return false;
  if (rule.rejectAfter && precededBy(rule.rejectAfter, context)) return false;
  if (rule.rejectBefore && followedBy(rule.rejectBefore, context.afterText)) return false;
  if (rule.rejectNextCapitalised && context.nextBySingleSpace) {
    const next = context.after[0];
    // An all-caps next word tells nothing: the text is shouting ("PAKISTAN AND INDIA TO SIT DOWN");
    // nor does one inside a Title Case headline ("If India Rejects Export").
    const surname =
      next !== undefined && startsUpper(next) && !isAllCapsWord(next) && !inTitleCaseRun(context);
    if (surname && !(rule.allowNextCapitalised ?? []).includes(next)) return false;
  }
  return true;
}
