import { type MentionContext, rulePasses, ruleReach } from './alias-rules';
import { type AliasEnd, type AutomatonView, childNode, type TrieNode } from './automaton';
import { caseMatches, isExact } from './case-rules';
import {
  charKind,
  cleanWord,
  INVISIBLE_CHARS,
  isAllCapsWord,
  LETTER,
  OTHER,
  SPACE_GAP,
  startsLower,
  UPPER,
  wordKey,
} from './tokens';

/** One mention of an entity: offsets into the text as fed (a block break counts as one character). */
export interface Mention {
  entity: string;
  text: string;
  start: number;
  end: number;
}

/** Stands for a block boundary inside the stream's buffer: no name runs across it. */
export const HARD_BREAK = '\u2029';
/** Text kept before the scan position, so that rules and the word-boundary check can look back. */
const MARGIN = 300;
/**
 * The longest run of punctuation and spaces the scanner reads between two words of one name: long
 * enough for the indentation of saved HTML ("Criminal\n        Court"); the gap must still be soft.
 */
const MAX_GAP = 200;

interface Pending {
  start: number;
  end: number;
  text: string;
  /** Aliases that matched this span, those without a rule first. */
  ends: AliasEnd[];
  /** The entity index once decided; -1 while undecided; -2 when the rules dropped it. */
  decided: number;
}

interface Walked {
  /** Buffer offsets of the match. */
  start: number;
  end: number;
  ends: AliasEnd[];
}

const WAIT = Symbol('wait');
/** Text for `warmUp`: capitals, a dotted acronym, a lower-case start, a letter past ASCII. */
const WARM_UP_TEXT = 'Étude U.S. al-Qaeda 1';
/** How many words on each side of a mention its rules are given. */
const REACH = 24;

/** No letter, mark or digit right before `at`. */
function atWordStart(text: string, at: number): boolean {
  // Most text is ASCII: a space or punctuation before the word is known without a look at the tables.
  const before = text.charCodeAt(at - 1);
  if (before < 128) return charKind(text.charAt(at - 1)) === OTHER;
  let i = at - 1;
  // A soft hyphen or other invisible character may open a word (" \u00adIsraeli"): look past it.
  while (i >= 0 && INVISIBLE_CHARS.includes(text.charAt(i))) i--;
  return i < 0 || charKind(text.charAt(i)) === OTHER;
}

/** The characters between two words of a name (SOFT_GAP): spaces, and one hyphen or apostrophe. */
function isGapSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f
  );
}
function isGapJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;
}

/**
 * Where the last word of `text[from, to)` starts: a dotted acronym ("U.S.") or letters, marks and digits;
 * a sentence's full stop ends no word. -1 when `to` follows no word.
 */
function lastWordStart(text: string, from: number, to: number): number {
  let i = to;
  if (text.charCodeAt(to - 1) === 46) {
    while (i - 2 >= from && text.charCodeAt(i - 1) === 46 && charKind(text.charAt(i - 2)) === UPPER) i -= 2;
    return to - i >= 4 ? i : -1;
  }
  while (i > from && charKind(text.charAt(i - 1)) !== OTHER) i--;
  return i < to ? i : -1;
}

function isLetter(ch: string): boolean {
  const kind = charKind(ch);
  return kind === UPPER || kind === LETTER;
}

interface ScanTools {
  candidate: RegExp;
  word: RegExp;
  acronyms: ReadonlySet<string>;
  lowerStarts: ReadonlySet<string>;
}

/**
 * What the scan needs of an automaton, made once per automaton: each stream (a page's first reading, then
 * one per batch of changes) shares it. Every use of an expression sets `lastIndex` first and runs to the
 * end synchronously.
 */
const toolsOf = new WeakMap<AutomatonView, ScanTools>();

function scanTools(automaton: AutomatonView): ScanTools {
  let made = toolsOf.get(automaton);
  if (!made) {
    const { sources } = automaton;
    made = {
      candidate: new RegExp(sources.candidate, 'g'),
      word: new RegExp(sources.word, 'g'),
      acronyms: new Set(automaton.acronyms),
      lowerStarts: new Set(automaton.lowerStarts),
    };
    toolsOf.set(automaton, made);
  }
  return made;
}

/**
 * Finds mentions in text fed piece by piece (text nodes), in one left-to-right pass: at each
 * candidate word it walks the trie as far as the text allows and keeps the longest alias whose case
 * fits (leftmost-longest). A name may run across pieces ("United" + "Nations") but not across a block
 * break. Mentions come out in text order once their rules can be decided.
 */
export class MatchStream {
  #buf = '';
  #bufStart = 0;
  #fed = 0;
  #scanPos = 0;
  #ended = false;
  readonly #queue: Pending[] = [];
  readonly #firstConfirmed = new Map<number, number>();
  readonly #candidateRe: RegExp;
  /** A word (wordSource) in explicit ranges (see ScanClasses). */
  readonly #wordRe: RegExp;
  readonly #acronyms: ReadonlySet<string>;
  readonly #lowerStarts: ReadonlySet<string>;
  /**
   * The trie node each first word leads to, by the word as written (null: none). A page writes the same
   * capitalised words again and again ("The", "Trump"): each is keyed and looked up once.
   */
  readonly #firstNodes = new Map<string, TrieNode | null>();

  readonly #automaton: AutomatonView;

  constructor(automaton: AutomatonView) {
    this.#automaton = automaton;
    const tools = scanTools(automaton);
    this.#acronyms = tools.acronyms;
    this.#lowerStarts = tools.lowerStarts;
    this.#candidateRe = tools.candidate;
    this.#wordRe = tools.word;
  }

  /** Feeds the next piece of text; `breakBefore` marks a block boundary before it. */
  push(text: string, breakBefore = false): Mention[] {
    if (this.#ended) throw new Error('push after end');
    if (breakBefore) {
      this.#buf += HARD_BREAK;
      this.#fed += 1;
    }
    this.#buf += text;
    this.#fed += text.length;
    this.#scan();
    return this.#flush();
  }

  /**
   * Compiles the regular expressions the scan needs, by running each twice on a sample (once to compile,
   * once to tier up to machine code): a page's first use of each costs milliseconds, which the scanner
   * pays in a time slice of its own rather than on top of its first batch of text.
   */
  warmUp(): void {
    const re = this.#candidateRe;
    for (let i = 0; i < 2; i++) {
      re.lastIndex = 0;
      while (re.exec(WARM_UP_TEXT));
      WARM_UP_TEXT.match(this.#wordRe);
    }
  }

  /** Ends the text: decides what is still pending. */
  end(): Mention[] {
    this.#ended = true;
    this.#scan();
    return this.#flush();
  }

  #scan(): void {
    const re = this.#candidateRe;
    const buf = this.#buf;
    re.lastIndex = this.#scanPos - this.#bufStart;
    for (;;) {
      const m = re.exec(buf);
      if (!m) {
        this.#scanPos = this.#bufStart + buf.length;
        break;
      }
      const wordStart = m.index;
      const wordEnd = wordStart + m[0].length;
      if (wordStart > 0 && !atWordStart(buf, wordStart)) continue;
      if (wordEnd === buf.length && !this.#ended) {
        this.#scanPos = this.#bufStart + wordStart;
        break;
      }
      const walked = this.#walk(wordStart, m[0], wordEnd);
      if (walked === WAIT) {
        this.#scanPos = this.#bufStart + wordStart;
        break;
      }
      if (walked === null) continue;
      re.lastIndex = walked.end;
      if (walked.ends[0]?.[0] === -1) continue;
      this.#enqueue(walked);
    }
    this.#trim();
  }

  #firstNode(word: string): TrieNode | null {
    let node = this.#firstNodes.get(word);
    if (node === undefined) {
      const key = wordKey(word);
      node =
        startsLower(word) && !this.#lowerStarts.has(key) ? null : (this.#automaton.firstNode(key) ?? null);
      this.#firstNodes.set(word, node);
    }
    return node;
  }

  #walk(start: number, firstWord: string, firstEnd: number): Walked | null | typeof WAIT {
    let node: TrieNode | null = this.#firstNode(firstWord);
    if (!node) return null;
    const buf = this.#buf;
    const words = [firstWord];
    let pos = firstEnd;
    let best: Walked | null = null;
    for (;;) {
      const ends = node[0];
      if (ends !== 0) {
        const fitting = ends.filter((end) => end[0] === -1 || caseMatches(end, words));
        if (fitting.length > 0) best = { start, end: pos, ends: fitting };
      }
      const next = node[1];
      if (next === 0) break;
      // The gap to the next word must be soft (SOFT_GAP); anything else ends the name, whatever follows.
      let at = pos;
      let joined = false;
      for (; at < buf.length && at - pos <= MAX_GAP; at++) {
        const c = buf.charCodeAt(at);
        if (isGapSpace(c)) continue;
        if (joined || !isGapJoiner(c)) break;
        joined = true;
      }
      if (at - pos > MAX_GAP) break;
      if (at === buf.length) {
        if (!this.#ended && buf.length - pos <= MAX_GAP) return WAIT;
        break;
      }
      if (at === pos) break;
      const wordRe = this.#wordRe;
      wordRe.lastIndex = at;
      const step = wordRe.exec(buf);
      if (!step || step.index !== at) break;
      const word = step[0];
      const wordEnd = at + word.length;
      if (wordEnd === buf.length && !this.#ended) return WAIT;
      const nextNode = childNode(next, wordKey(word));
      if (!nextNode) break;
      node = nextNode;
      words.push(word);
      pos = wordEnd;
    }
    if (!best) return null;
    if (best.ends.some(isExact)) {
      const shouted = this.#inShoutingRun(best.start, best.end);
      if (shouted === WAIT) return WAIT;
      if (shouted) best.ends = best.ends.filter((end) => !isExact(end));
      if (best.ends.length === 0) return null;
    }
    best.ends.sort((a, b) => Number(a[2] !== undefined) - Number(b[2] !== undefined));
    return best;
  }

  /**
   * Whether an acronym stands in a shouting headline: an all-caps word that is no acronym within two
   * words on either side, looking past acronyms next to it ("WHO IS TO BLAME", but "US UK talks").
   */
  #inShoutingRun(start: number, end: number): boolean | typeof WAIT {
    let at = start;
    for (let n = 0; n < 2; n++) {
      const before = this.#wordBefore(at);
      if (before === undefined || !isAllCapsWord(before.word)) break;
      if (!this.#acronyms.has(cleanWord(before.word))) return true;
      at = before.start;
    }
    at = end;
    for (let n = 0; n < 2; n++) {
      const after = this.#wordAfter(at);
      if (after === WAIT) return WAIT;
      if (after === undefined || !isAllCapsWord(after.word)) break;
      if (!this.#acronyms.has(cleanWord(after.word))) return true;
      at = after.end;
    }
    return false;
  }

  /** The word right before `at`, if only spaces separate them. */
  #wordBefore(at: number): { word: string; start: number } | undefined {
    const buf = this.#buf;
    let i = at;
    while (i > 0 && SPACE_GAP.test(buf.charAt(i - 1))) i--;
    if (i === at) return undefined;
    const start = lastWordStart(buf, Math.max(0, i - 24), i);
    return start < 0 ? undefined : { word: buf.slice(start, i), start };
  }

  /** The word right after `at`, if only spaces separate them; WAIT if the buffer ends first. */
  #wordAfter(at: number): { word: string; end: number } | undefined | typeof WAIT {
    const buf = this.#buf;
    let i = at;
    while (i < buf.length && SPACE_GAP.test(buf.charAt(i))) i++;
    if (i === buf.length) return this.#ended ? undefined : WAIT;
    if (i === at) return undefined;
    const wordStart = i;
    while (i < buf.length && (buf.charCodeAt(i) === 46 || charKind(buf.charAt(i)) !== OTHER)) i++;
    if (i === buf.length && !this.#ended) return WAIT;
    // A full stop ends the sentence unless the word is a dotted acronym ("U.S.").
    let word = buf.slice(wordStart, i);
    if (word.endsWith('.') && lastWordStart(word, 0, word.length) !== 0) word = word.replace(/\.+$/, '');
    return word === '' ? undefined : { word, end: wordStart + word.length };
  }

  #enqueue(walked: Walked): void {
    const start = this.#bufStart + walked.start;
    const pending: Pending = {
      start,
      end: this.#bufStart + walked.end,
      text: this.#buf.slice(walked.start, walked.end),
      ends: walked.ends,
      decided: -1,
    };
    const [entity, , rule] = walked.ends[0] as AliasEnd;
    if (rule === undefined) {
      pending.decided = entity;
      if (!this.#firstConfirmed.has(entity)) this.#firstConfirmed.set(entity, start);
    }
    this.#queue.push(pending);
  }

  #flush(): Mention[] {
    const out: Mention[] = [];
    while (this.#queue.length > 0) {
      const head = this.#queue[0] as Pending;
      if (head.decided === -1 && !this.#decide(head)) break;
      this.#queue.shift();
      if (head.decided >= 0) {
        out.push({
          entity: this.#automaton.ids[head.decided] as string,
          text: head.text,
          start: head.start,
          end: head.end,
        });
      }
    }
    return out;
  }

  /** Decides a mention whose aliases carry rules; false while the text after it is still to come. */
  #decide(pending: Pending): boolean {
    const context = this.#contextOf(pending);
    if (context === null) return false;
    pending.decided = -2;
    for (const [entity, , rule] of pending.ends) {
      const prior = this.#firstConfirmed.get(entity);
      context.priorMention = prior !== undefined && prior < pending.start;
      if (rule === undefined || rulePasses(this.#automaton.rule(rule), context)) {
        pending.decided = entity;
        // A mention its rule confirmed is as good as an unambiguous one for the mentions after it.
        if (!this.#firstConfirmed.has(entity)) this.#firstConfirmed.set(entity, pending.start);
        break;
      }
    }
    return true;
  }

  #contextOf(pending: Pending): MentionContext | null {
    const reach = Math.max(
      ...pending.ends.map(([, , rule]) => (rule === undefined ? 0 : ruleReach(this.#automaton.rule(rule)))),
    );
    const start = pending.start - this.#bufStart;
    const end = pending.end - this.#bufStart;
    const afterSlice = this.#buf.slice(end, end + MARGIN);
    const after = afterSlice.match(this.#wordRe) ?? [];
    if (!this.#ended && after.length <= reach && end + MARGIN > this.#buf.length) return null;
    const beforeSlice = this.#buf.slice(Math.max(0, start - MARGIN), start);
    const before = beforeSlice.match(this.#wordRe) ?? [];
    const lastBefore = before[before.length - 1];
    const prevGap =
      lastBefore === undefined
        ? ''
        : beforeSlice.slice(beforeSlice.lastIndexOf(lastBefore) + lastBefore.length);
    const prevToken = /(?:^|\s)(\S+)[ \t\u00A0]+$/u.exec(beforeSlice)?.[1];
    return {
      before: before.slice(-REACH),
      after: after.slice(0, REACH),
      prevBySpace: SPACE_GAP.test(prevGap),
      prevToken,
      nextBySingleSpace: afterSlice.charCodeAt(0) === 32 && isLetter(afterSlice.charAt(1)),
      afterText: afterSlice.slice(0, 60),
      priorMention: false,
    };
  }

  /** Drops text that neither the scan nor a pending rule can still need. */
  #trim(): void {
    const oldestPending = this.#queue[0]?.start ?? this.#scanPos;
    const keepFrom = Math.min(this.#scanPos, oldestPending) - MARGIN;
    if (keepFrom - this.#bufStart > MARGIN) {
      this.#buf = this.#buf.slice(keepFrom - this.#bufStart);
      this.#bufStart = keepFrom;
    }
  }
}
