import { STRINGS } from './strings';
import type { ClipState } from './types';

interface Props {
  clip: ClipState;
  onOpenBriefing(): void;
  onClip(asBookmark?: boolean): void;
  onMuteOnSite(): void;
}

function clipLabel(clip: ClipState): string {
  switch (clip.status) {
    case 'busy':
      return STRINGS.clipBusy;
    case 'saved':
      return clip.created ? STRINGS.clipSaved : STRINGS.clipUpdated;
    default:
      return STRINGS.clip;
  }
}

export function CardActions({ clip, onOpenBriefing, onClip, onMuteOnSite }: Props) {
  return (
    <footer class="section actions">
      <div class="action-row">
        <button type="button" class="button primary" onClick={onOpenBriefing}>
          {STRINGS.openBriefing}
        </button>
        <button
          type="button"
          class="button"
          aria-disabled={clip.status === 'busy'}
          onClick={() => clip.status !== 'busy' && onClip()}
        >
          {clipLabel(clip)}
        </button>
      </div>
      {/* Polite: the outcome of a clip arrives after the click. */}
      <div class="clip-status" role="status">
        {clip.status === 'no-article' && (
          <p class="muted">
            {STRINGS.clipNoArticle}{' '}
            <button type="button" class="link" onClick={() => onClip(true)}>
              {STRINGS.clipAsBookmark}
            </button>
          </p>
        )}
        {clip.status === 'error' && <p class="error">{STRINGS.clipError(clip.message)}</p>}
      </div>
      <button type="button" class="link" onClick={onMuteOnSite}>
        {STRINGS.muteOnSite}
      </button>
    </footer>
  );
}
