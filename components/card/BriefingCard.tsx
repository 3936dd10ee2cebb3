import { CardActions } from './CardActions';
import { CardHeader } from './CardHeader';
import { FactsSection } from './FactsSection';
import { PageMentions } from './PageMentions';
import { StoreSection } from './StoreSection';
import { STRINGS } from './strings';
import type { BriefingCardProps } from './types';

/**
 * The hover card. Renders props only; it keeps no state, so the host can re-render it as the store answers.
 * Escape is handled by the host, which owns focus and the page's key events.
 */
export function BriefingCard(props: BriefingCardProps) {
  const { facts } = props;
  return (
    // tabIndex -1: the host focuses the dialog itself when a keyboard opens it; Tab then walks its buttons.
    <section class="card" role="dialog" aria-label={STRINGS.dialogLabel(facts.name)} tabIndex={-1}>
      <CardHeader facts={facts} onClose={props.onClose} />
      <FactsSection facts={facts} />
      <PageMentions mentions={props.pageMentions} onNext={props.onNextMention} />
      <StoreSection name={facts.name} store={props.store} />
      <CardActions
        onOpenBriefing={props.onOpenBriefing}
        clip={props.clip ?? { status: 'idle' }}
        onClip={props.onClip}
        onMuteOnSite={props.onMuteOnSite}
      />
    </section>
  );
}
