import type { Ref } from 'preact';
import type { ClipSummary } from '@/lib/store';
import { articleDate, topEntities } from './format';
import { browseHref, clipHref, entityHref } from './routes';
import { STRINGS } from './strings';

function ClipItem({
  clip,
  names,
  titleRef,
}: {
  clip: ClipSummary;
  names: Record<string, string>;
  titleRef?: Ref<HTMLAnchorElement>;
}) {
  const date = articleDate(clip);
  const entities = topEntities(clip);
  const title = clip.title || clip.url;
  return (
    <li class="clip-item">
      <article>
        <h3>
          <a ref={titleRef} href={clipHref(clip.id)}>
            {title}
          </a>
        </h3>
        <p class="meta">
          <span>{clip.siteName || clip.site}</span>
          <time dateTime={date.iso}>{date.text}</time>
          {clip.kind === 'bookmark' && <span class="badge">{STRINGS.bookmark}</span>}
        </p>
        {clip.excerpt && <p class="excerpt">{clip.excerpt}</p>}
        <div class="clip-chips">
          {entities.length > 0 && (
            <ul class="chips" aria-label={STRINGS.entitiesOf(title)}>
              {entities.map((id) => (
                <li key={id}>
                  <a class="chip" href={entityHref(id)}>
                    {names[id] ?? '…'}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {clip.tags.length > 0 && (
            <ul class="chips" aria-label={STRINGS.tagsOf(title)}>
              {clip.tags.map((tag) => (
                <li key={tag}>
                  <a class="chip tag" href={browseHref({ tag })}>
                    {tag}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </article>
    </li>
  );
}

/** The archive's articles as a list; `focusFrom` is the first item to take focus (after "Load more"). */
export function ClipList({
  clips,
  names,
  focusRef,
  focusFrom,
}: {
  clips: readonly ClipSummary[];
  names: Record<string, string>;
  focusRef?: Ref<HTMLAnchorElement>;
  focusFrom?: number;
}) {
  return (
    <ol class="clip-list">
      {clips.map((clip, i) => (
        <ClipItem key={clip.id} clip={clip} names={names} titleRef={i === focusFrom ? focusRef : undefined} />
      ))}
    </ol>
  );
}
