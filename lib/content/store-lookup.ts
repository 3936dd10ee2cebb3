import type { ClippedArticle, StoreState } from '../../components/card';
import { sendMessage } from '../messages';
import type { ClipAboutEntity } from '../store';
import { errorState } from './error-state';

const LATEST = 3;

function toArticle({ clip, sentence }: ClipAboutEntity): ClippedArticle {
  return {
    title: clip.title,
    site: clip.siteName ?? clip.site,
    date: clip.publishedAt ?? new Date(clip.clippedAt).toISOString(),
    sentence: sentence ?? clip.excerpt,
    url: clip.url,
  };
}

/** What the reader's store says about an entity, asked afresh on each card: clips change between hovers. */
export async function storeStateFor(id: string): Promise<StoreState> {
  try {
    const r = await sendMessage('entityInStore', { id, latest: LATEST });
    if (!r.ok) return { status: 'error', message: r.error };
    if (r.value.count === 0) return { status: 'empty' };
    return { status: 'ready', articleCount: r.value.count, latest: r.value.latest.map(toArticle) };
  } catch (e) {
    return errorState(e);
  }
}
