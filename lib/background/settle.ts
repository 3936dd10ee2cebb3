import { err, ok, type Result } from '../messages';
import { messageOf } from '../store';

/** `run`'s value, or its failure as an error; a call that throws before its promise exists is caught too. */
export async function settle<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (e) {
    return err(messageOf(e));
  }
}

/** `run`'s own result, or its failure as an error: a handler's answer that never throws across the boundary. */
export async function guarded<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  const settled = await settle(run);
  return settled.ok ? settled.value : settled;
}
