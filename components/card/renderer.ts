import { h, render } from 'preact';
import type { CardRenderer } from '../../lib/ui';
import { BriefingCard } from './BriefingCard';
import { CARD_CSS } from './card.css';
import { canDrawFlags } from './flag-emoji';

/** The card as the content script's host draws it (lib/ui/card-host.ts), once injected into the page's world. */
export const cardRenderer: CardRenderer = {
  css: CARD_CSS,
  render(props, mount) {
    if (!props) return render(null, mount);
    // Without a colour emoji font a flag is two boxed letters: the card shows none.
    const { flag: _flag, ...noFlag } = props.facts;
    const facts = props.facts.flag && !canDrawFlags(mount.ownerDocument) ? noFlag : props.facts;
    render(h(BriefingCard, { ...props, facts }), mount);
  },
};
