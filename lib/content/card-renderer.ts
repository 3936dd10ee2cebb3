import { sharedCardRenderer } from '../isolated-world';
import { sendMessage } from '../messages';
import type { CardRenderer } from '../ui';

/**
 * The card's renderer, asked of the background once (it injects the card script into this frame); a
 * failed load is forgotten, so that the next hover tries again.
 */
export function cardRendererLoader(): () => Promise<CardRenderer> {
  let loading: Promise<CardRenderer> | null = null;
  const load = async (): Promise<CardRenderer> => {
    const here = sharedCardRenderer();
    if (here) return here;
    const answer = await sendMessage('loadCard', undefined);
    if (!answer.ok) throw new Error(answer.error);
    const loaded = sharedCardRenderer();
    if (!loaded) throw new Error('the card script ran but shared no renderer');
    return loaded;
  };
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  };
}
