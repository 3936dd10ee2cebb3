import type { ClipState } from '../../components/card';
import { sendMessage } from '../messages';
import { errorState } from './error-state';

/** The card's "Clip this page": the background extracts and stores it, as for the popup's button. */
export async function clipThisPage(asBookmark: boolean): Promise<ClipState> {
  try {
    const r = await sendMessage('clipTab', { asBookmark });
    if (!r.ok) return { status: 'error', message: r.error };
    if (!r.value.saved) return { status: 'no-article' };
    return { status: 'saved', created: r.value.created };
  } catch (e) {
    return errorState(e);
  }
}
