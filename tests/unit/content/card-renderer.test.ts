import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('@/lib/messages', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));

const { cardRendererLoader } = await import('@/lib/content/card-renderer');
const { shareCardRenderer } = await import('@/lib/isolated-world');

const renderer = { css: '.card{}', render: () => {} };
const RENDERER = Symbol.for('dossier.cardRenderer');

afterEach(() => {
  sendMessage.mockReset();
  delete (globalThis as Record<symbol, unknown>)[RENDERER];
});

describe('the card renderer, loaded on demand', () => {
  it('asks the background once to inject the card script, and uses what that script shares', async () => {
    sendMessage.mockImplementation(async () => {
      shareCardRenderer(renderer);
      return { ok: true, value: null };
    });
    const load = cardRendererLoader();
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(renderer);
    expect(b).toBe(renderer);
    expect(await load()).toBe(renderer);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith('loadCard', undefined);
  });

  it('does not ask when the card script already ran in this world', async () => {
    shareCardRenderer(renderer);
    expect(await cardRendererLoader()()).toBe(renderer);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('fails with the reason when the page refuses the script, and tries again on the next hover', async () => {
    sendMessage.mockResolvedValueOnce({
      ok: false,
      error: 'the card could not be loaded: Cannot access contents of the page',
    });
    const load = cardRendererLoader();
    await expect(load()).rejects.toThrow('Cannot access contents of the page');
    sendMessage.mockImplementation(async () => {
      shareCardRenderer(renderer);
      return { ok: true, value: null };
    });
    expect(await load()).toBe(renderer);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('fails when the script ran but shared nothing', async () => {
    sendMessage.mockResolvedValue({ ok: true, value: null });
    await expect(cardRendererLoader()()).rejects.toThrow('shared no renderer');
  });
});
