import { STRINGS } from './strings';

interface Props {
  onOpenBriefing(): void;
  onClip(): void;
  onMuteOnSite(): void;
}

export function CardActions({ onOpenBriefing, onClip, onMuteOnSite }: Props) {
  return (
    <footer class="section actions">
      <div class="action-row">
        <button type="button" class="button primary" onClick={onOpenBriefing}>
          {STRINGS.openBriefing}
        </button>
        <button type="button" class="button" onClick={onClip}>
          {STRINGS.clip}
        </button>
      </div>
      <button type="button" class="link" onClick={onMuteOnSite}>
        {STRINGS.muteOnSite}
      </button>
    </footer>
  );
}
