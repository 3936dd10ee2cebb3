import type { StoreState } from '@/components/card';

/** What the store says of an entity with seven clipped articles: the latest three, each with its sentence. */
export function threeArticles(): StoreState {
  const article = (n: number) => ({
    title: `Article ${n} about the talks in Kabul and what comes next for aid`,
    site: 'example.org',
    date: `2025-05-0${n}`,
    sentence: 'Afghanistan and Pakistan agreed to reopen the crossing, officials said on Monday.',
    url: `https://example.org/${n}`,
  });
  return { status: 'ready', articleCount: 7, latest: [article(3), article(2), article(1)] };
}
