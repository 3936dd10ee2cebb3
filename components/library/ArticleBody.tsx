import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { articleFragment } from './article-html';
import { STRINGS } from './strings';

/**
 * The stored article, cleaned a second time (article-html.ts) and appended as nodes: the raw string is
 * never assigned to innerHTML, and the nodes were parsed in an inert document, so nothing in them ran.
 */
export function ArticleBody({ html, lang }: { html: string; lang: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    try {
      el.replaceChildren(articleFragment(html, el.ownerDocument));
      setFailure(null);
    } catch (e) {
      el.replaceChildren();
      setFailure(e instanceof Error ? e.message : String(e));
    }
  }, [html]);
  return (
    <>
      {failure && <p class="notice error">{STRINGS.clipError(failure)}</p>}
      <div ref={box} class="article-body" lang={lang ?? undefined} />
    </>
  );
}
