import { useTitle } from './load';
import { browseHref } from './routes';
import { STRINGS } from './strings';

export function MissingView({ path }: { path: string }) {
  useTitle(STRINGS.missingTitle);
  return (
    <>
      <div class="view-head">
        <h1 tabIndex={-1}>{STRINGS.missingTitle}</h1>
      </div>
      <p>{STRINGS.missingText(path)}</p>
      <p>
        <a href={browseHref()}>{STRINGS.backToArchive}</a>
      </p>
    </>
  );
}
