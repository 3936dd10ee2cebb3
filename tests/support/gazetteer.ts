import { type Gazetteer, loadGazetteer } from '../../lib/gazetteer';
import { createMatcher, type Matcher, type Mention } from '../../lib/match';

let cached: { gazetteer: Gazetteer; matcher: Matcher } | undefined;

/** The real gazetteer and a matcher compiled from it, built once per test file. */
export function realMatcher(): { gazetteer: Gazetteer; matcher: Matcher } {
  if (!cached) {
    const gazetteer = loadGazetteer();
    cached = { gazetteer, matcher: createMatcher(gazetteer.lexicon) };
  }
  return cached;
}

/** Mentions in `text` as "entity=text" strings, the form most assertions read best in. */
export function found(text: string): string[] {
  return realMatcher()
    .matcher.match(text)
    .map((m: Mention) => `${m.entity}=${m.text}`);
}
