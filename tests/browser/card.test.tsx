import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import {
  BriefingCard,
  type BriefingCardProps,
  CARD_CSS,
  canDrawFlags,
  type StoreState,
} from '@/components/card';
import { entityFacts } from '@/lib/briefing';
import { loadGazetteer } from '@/lib/gazetteer';

const { byId } = loadGazetteer();

function factsOf(id: string) {
  const record = byId.get(id);
  if (!record) throw new Error(`no record ${id}`);
  return entityFacts(record, byId);
}

const THREE_ARTICLES: StoreState = {
  status: 'ready',
  articleCount: 12,
  latest: [
    {
      title: 'Taliban tighten restrictions on aid workers as winter approaches',
      site: 'apnews.com',
      date: '2025-05-03',
      sentence:
        'The UN mission in Afghanistan said the new rules would make it harder to reach families in the north.',
      url: 'https://apnews.com/article/afghanistan-aid-1',
    },
    {
      title: 'Pakistan and Afghanistan reopen Torkham crossing after week-long closure',
      site: 'reuters.com',
      date: '2025-04-28',
      sentence: 'Trucks queued for kilometres on both sides of the border between Pakistan and Afghanistan.',
      url: 'https://reuters.com/world/asia/torkham-2',
    },
    {
      title: 'What the UNAMA report says about civilian casualties in 2024',
      site: 'theguardian.com',
      date: '2025-04-11',
      sentence: 'Afghanistan recorded fewer conflict deaths than in any year since 2009, the report found.',
      url: 'https://theguardian.com/world/unama-3',
    },
  ],
};

function callbacks() {
  return {
    onNextMention: vi.fn(),
    onOpenBriefing: vi.fn(),
    onClip: vi.fn(),
    onMuteOnSite: vi.fn(),
    onClose: vi.fn(),
  };
}

/** Renders the card as the host does: inside a shadow root with only the card's CSS (open, so locators reach it). */
function mountCard(overrides: Partial<BriefingCardProps> = {}) {
  const props: BriefingCardProps = {
    facts: factsOf('country:AF'),
    pageMentions: { count: 4, index: 1 },
    store: { status: 'empty' },
    ...callbacks(),
    ...overrides,
  };
  const host = document.createElement('div');
  host.style.cssText = 'display: inline-block; padding: 24px;';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const mount = document.createElement('div');
  root.append(style, mount);
  render(<BriefingCard {...props} />, mount);
  const card = root.querySelector<HTMLElement>('[role="dialog"]');
  if (!card) throw new Error('card did not render');
  const button = (name: string | RegExp) => {
    const found = [...root.querySelectorAll('button')].find((b) =>
      (b.getAttribute('aria-label') ?? b.textContent ?? '').match(name),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  return { props, host, root, card, button, text: () => card.textContent ?? '' };
}

async function setColorScheme(value: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
}

afterEach(async () => {
  for (const el of document.body.children) {
    const mount = el.shadowRoot?.querySelector('div');
    if (mount) render(null, mount);
  }
  document.body.replaceChildren();
  await setColorScheme('light');
});

describe('the briefing card', () => {
  it('shows a country: flag, description, capital, region, neighbours', () => {
    const { card, root, text } = mountCard();
    expect(card.getAttribute('aria-label')).toBe('Dossier briefing: Afghanistan');
    expect(root.querySelector('.name')?.textContent).toBe('Afghanistan');
    expect(root.querySelector('.flag')?.textContent).toBe('🇦🇫');
    expect(root.querySelector('.kind')?.textContent).toBe('Country in Southern Asia');
    const facts = Object.fromEntries(
      [...root.querySelectorAll('.fact')].map((f) => [
        f.querySelector('dt')?.textContent,
        f.querySelector('dd')?.textContent,
      ]),
    );
    expect(facts.Capital).toBe('Kabul');
    expect(facts.Region).toBe('Asia');
    expect(facts.Neighbours).toContain('Pakistan');
    expect(facts.Neighbours).toContain('Iran');
    expect(text()).toContain('Named 4 times on this page');
    expect(text()).toContain('2 of 4');
  });

  it('shows an organisation: type, description, founded, headquarters, parent', () => {
    const { root, text } = mountCard({ facts: factsOf('org:unama'), pageMentions: { count: 1, index: 0 } });
    expect(root.querySelector('.name')?.textContent).toBe('UN Assistance Mission in AfghanistanUNAMA');
    expect(root.querySelector('.acronym')?.textContent).toBe('UNAMA');
    expect(root.querySelector('.kind')?.textContent).toBe('UN body');
    expect(root.querySelector('.description')?.textContent).toMatch(/^UN political mission/);
    expect(root.querySelector('.flag')).toBeNull();
    expect(text()).toContain('Founded2002');
    expect(text()).toContain('HeadquartersAfghanistan');
    expect(text()).toContain('Part ofUnited Nations');
    // Named once: nothing to go to next.
    expect(text()).toContain('Named once on this page');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Next ↓');
  });

  it('shows member counts', () => {
    const { text } = mountCard({ facts: factsOf('org:nato') });
    expect(text()).toContain('32 member states');
  });

  it('teaches in the empty store state', () => {
    const { text } = mountCard({ store: { status: 'empty' } });
    expect(text()).toContain(
      'No clipped articles mention Afghanistan yet. Clip this page to start your dossier.',
    );
  });

  it('lists the latest three clipped articles', () => {
    const { root, text } = mountCard({ store: THREE_ARTICLES });
    expect(text()).toContain('12 clipped articles mention it');
    const items = [...root.querySelectorAll('.article')];
    expect(items).toHaveLength(3);
    const first = items[0];
    expect(first?.querySelector('a')?.getAttribute('href')).toBe(
      'https://apnews.com/article/afghanistan-aid-1',
    );
    expect(first?.querySelector('a')?.getAttribute('rel')).toContain('noopener');
    expect(first?.querySelector('.meta')?.textContent).toBe('apnews.com · 3 May 2025');
    expect(first?.querySelector('time')?.getAttribute('datetime')).toBe('2025-05-03');
    expect(first?.querySelector('.sentence')?.textContent).toMatch(/^The UN mission/);
  });

  it('shows loading and error states', () => {
    expect(mountCard({ store: { status: 'loading' } }).text()).toContain(
      'Looking through your clipped articles',
    );
    expect(mountCard({ store: { status: 'error', message: 'database closed' } }).text()).toContain(
      "Couldn't read your clipped articles: database closed",
    );
  });

  it('calls back from every action', async () => {
    const { props, button } = mountCard();
    await userEvent.click(button('Open briefing'));
    await userEvent.click(button('Clip this page'));
    await userEvent.click(button("Don't mark this on this site"));
    await userEvent.click(button(/^Go to mention 3 of 4$/));
    await userEvent.click(button('Close'));
    expect(props.onOpenBriefing).toHaveBeenCalledOnce();
    expect(props.onClip).toHaveBeenCalledOnce();
    expect(props.onMuteOnSite).toHaveBeenCalledOnce();
    expect(props.onNextMention).toHaveBeenCalledOnce();
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('says what became of a clip: busy, saved, updated, no article (then a bookmark), or why it failed', async () => {
    const busy = mountCard({ clip: { status: 'busy' } });
    expect(busy.button('Clipping…').getAttribute('aria-disabled')).toBe('true');
    busy.button('Clipping…').click();
    expect(busy.props.onClip).not.toHaveBeenCalled();
    expect(mountCard({ clip: { status: 'saved', created: true } }).text()).toContain('Clipped ✓');
    expect(mountCard({ clip: { status: 'saved', created: false } }).text()).toContain('Clip updated ✓');
    const none = mountCard({ clip: { status: 'no-article' } });
    expect(none.text()).toContain('No article found on this page.');
    await userEvent.click(none.button('Save as bookmark'));
    expect(none.props.onClip).toHaveBeenCalledWith(true);
    const failed = mountCard({ clip: { status: 'error', message: "your browser's storage is full" } });
    expect(failed.text()).toContain("Not clipped: your browser's storage is full");
  });

  it('is reachable from the keyboard: Tab walks the buttons, Enter activates, focus is visible', async () => {
    const { props, card, root, button } = mountCard({ store: THREE_ARTICLES });
    card.focus();
    const reached: string[] = [];
    for (let i = 0; i < 9; i++) {
      await userEvent.tab();
      const active = root.activeElement;
      reached.push(active?.getAttribute('aria-label') ?? active?.textContent ?? '');
    }
    expect(reached).toEqual([
      'Close',
      'Go to mention 3 of 4',
      THREE_ARTICLES.status === 'ready' ? THREE_ARTICLES.latest[0]?.title : '',
      THREE_ARTICLES.status === 'ready' ? THREE_ARTICLES.latest[1]?.title : '',
      THREE_ARTICLES.status === 'ready' ? THREE_ARTICLES.latest[2]?.title : '',
      'Open briefing',
      'Clip this page',
      "Don't mark this on this site",
      '',
    ]);
    button('Open briefing').focus();
    await userEvent.keyboard('{Enter}');
    expect(props.onOpenBriefing).toHaveBeenCalledOnce();
    const focused = button('Clip this page');
    focused.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
    expect(root.activeElement).toBe(focused);
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
  });

  it('is compact and uses a system font at 13px', () => {
    const { card } = mountCard({ store: THREE_ARTICLES });
    expect(card.getBoundingClientRect().width).toBe(340);
    const style = getComputedStyle(card);
    expect(style.fontSize).toBe('13px');
    expect(style.fontFamily).toMatch(/system-ui/);
  });

  it('switches to dark colours with the system setting', async () => {
    const { card } = mountCard();
    const light = getComputedStyle(card).backgroundColor;
    await setColorScheme('dark');
    expect(getComputedStyle(card).backgroundColor).not.toBe(light);
    expect(getComputedStyle(card).colorScheme).toBe('dark');
  });
});

/** A computed colour's red, green, blue (0-255) and alpha. */
function channels(color: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = ([r = 0, g = 0, b = 0]: readonly number[]) => {
    const linear = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('card screenshots', () => {
  const cases: Array<[string, Partial<BriefingCardProps>]> = [
    ['country-ready', { store: THREE_ARTICLES }],
    ['organisation-empty', { facts: factsOf('org:unama'), pageMentions: { count: 1, index: 0 } }],
    ['intergovernmental-loading', { facts: factsOf('org:nato'), store: { status: 'loading' } }],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, props] of cases) {
      it(`${name} (${scheme})`, async () => {
        await setColorScheme(scheme);
        document.body.style.background = scheme === 'dark' ? '#111317' : '#f6f7f9';
        // As the host shows it: no flag where the system cannot draw one (this Chromium has no emoji font).
        const facts = props.facts ?? factsOf('country:AF');
        const { host, card, root } = mountCard({
          ...props,
          facts: canDrawFlags(document) ? facts : { ...facts, flag: undefined },
        });
        await Promise.all(card.getAnimations().map((animation) => animation.finished));
        // What the picture must show: the whole card, opaque, in the scheme's colours, its text readable.
        const cardStyle = getComputedStyle(card);
        expect(cardStyle.opacity).toBe('1');
        expect(cardStyle.colorScheme).toBe(scheme);
        const background = channels(cardStyle.backgroundColor);
        expect(background[3]).toBe(1);
        for (const selector of ['.name', '.kind', '.mentions-label', '.actions .primary']) {
          const element = root.querySelector(selector);
          if (!element) throw new Error(`no ${selector}`);
          const style = getComputedStyle(element);
          const behind = selector === '.actions .primary' ? channels(style.backgroundColor) : background;
          expect(contrast(channels(style.color), behind), selector).toBeGreaterThanOrEqual(4.5);
        }
        await page.screenshot({ element: host, path: `__screenshots__/card/${name}-${scheme}.png` });
        document.body.style.background = '';
      });
    }
  }
});
