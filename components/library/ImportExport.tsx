import type { RefObject } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { ImportReport } from '@/lib/store';
import type { LibraryApi } from './api';
import { downloadText } from './download';
import { exportFileName } from './file-names';
import { importVerdict } from './import-report';
import { STRINGS } from './strings';

type ExportState = 'idle' | 'busy' | { done: string } | { error: string };

/**
 * The largest file worth reading. The background takes at most 200 million characters (MAX_FILE_CHARS in
 * lib/store) and a character is at most 3 bytes of UTF-8 in a file, so a larger file is refused before it is
 * read: a video or a disk image chosen by mistake would otherwise be read whole into the page first.
 */
const MAX_IMPORT_BYTES = 600_000_000;

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'failed'; message: string }
  | { step: 'preview'; file: string; json: string; report: ImportReport; applying: boolean }
  | { step: 'done'; report: ImportReport };

/**
 * Export the whole store to a file, and import one: the file is read and previewed first ("will add N,
 * update M, skip K"), and only the reader's "Import" applies it. A bad file stops at the preview.
 */
export function ImportExport({ api, onImported }: { api: LibraryApi; onImported: () => void }) {
  const ids = { heading: useId(), preview: useId() };
  const [exported, setExported] = useState<ExportState>('idle');
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  const exportAll = async () => {
    setExported('busy');
    const r = await api.exportStore();
    if (!r.ok) return setExported({ error: r.error });
    const file = exportFileName(new Date());
    downloadText(file, r.value, 'application/json');
    setExported({ done: file });
  };

  const choose = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES)
      return setState({ step: 'failed', message: STRINGS.importTooLarge(file.name) });
    setState({ step: 'reading', file: file.name });
    let json: string;
    try {
      json = await file.text();
    } catch (e) {
      return setState({
        step: 'failed',
        message: STRINGS.importReadError(file.name, e instanceof Error ? e.message : String(e)),
      });
    }
    const r = await api.previewImport(json);
    if (!r.ok) return setState({ step: 'failed', message: STRINGS.importError(r.error) });
    setState({ step: 'preview', file: file.name, json, report: r.value, applying: false });
    // The decision is the next thing to do; a refused file has no Import button, so focus stays put.
    requestAnimationFrame(() => confirm.current?.focus());
  };

  const apply = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, applying: true });
    const r = await api.applyImport(state.json);
    if (!r.ok) return setState({ step: 'failed', message: STRINGS.importError(r.error) });
    if (!r.value.applied) return setState({ ...state, report: r.value, applying: false });
    setState({ step: 'done', report: r.value });
    onImported();
    chooser.current?.focus();
  };

  const cancel = () => {
    setState({ step: 'idle' });
    chooser.current?.focus();
  };

  return (
    <section class="panel transfer" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{STRINGS.transferHeading}</h2>
      <p class="intro">{STRINGS.transferIntro}</p>
      <div class="button-row">
        <button type="button" class="button" disabled={exported === 'busy'} onClick={exportAll}>
          {exported === 'busy' ? STRINGS.exportBusy : STRINGS.exportAll}
        </button>
        <button
          ref={chooser}
          type="button"
          class="button"
          disabled={state.step === 'reading' || (state.step === 'preview' && state.applying)}
          onClick={() => input.current?.click()}
        >
          {STRINGS.importChoose}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={STRINGS.importFileLabel}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared, so that choosing the same file again (after fixing it) reads it again.
            e.currentTarget.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
      <div role="status" class="status">
        {typeof exported === 'object' && 'done' in exported && (
          <p class="ok">{STRINGS.exported(exported.done)}</p>
        )}
        {state.step === 'reading' && <p class="muted">{STRINGS.importReading(state.file)}</p>}
        {state.step === 'done' && (
          <p class="ok">{STRINGS.importDone(state.report.add, state.report.update, state.report.skip)}</p>
        )}
      </div>
      {typeof exported === 'object' && 'error' in exported && (
        <p class="error" role="alert">
          {STRINGS.exportError(exported.error)}
        </p>
      )}
      {state.step === 'failed' && (
        <p class="notice error import-error" role="alert">
          {state.message}
        </p>
      )}
      {state.step === 'done' && state.report.problems.length > 0 && (
        <ProblemList problems={state.report.problems} />
      )}
      {state.step === 'preview' && (
        <Preview
          id={ids.preview}
          file={state.file}
          report={state.report}
          applying={state.applying}
          confirmRef={confirm}
          onApply={apply}
          onCancel={cancel}
        />
      )}
    </section>
  );
}

function ProblemList({ problems, intro = STRINGS.importProblems }: { problems: string[]; intro?: string }) {
  return (
    <>
      <p>{intro}</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </>
  );
}

function Preview({
  id,
  file,
  report,
  applying,
  confirmRef,
  onApply,
  onCancel,
}: {
  id: string;
  file: string;
  report: ImportReport;
  applying: boolean;
  confirmRef: RefObject<HTMLButtonElement>;
  onApply: () => void;
  onCancel: () => void;
}) {
  const verdict = importVerdict(report);
  return (
    <section class="import-preview" aria-labelledby={id}>
      <h3 id={id}>{STRINGS.importPreview(file)}</h3>
      {verdict === 'refused' ? (
        <div class="error import-error" role="alert">
          <ProblemList problems={report.problems} intro={STRINGS.importRefused} />
        </div>
      ) : (
        <>
          <p class="import-counts" role="status">
            {verdict === 'nothing-new'
              ? STRINGS.importNothingNew
              : STRINGS.importWill(report.add, report.update, report.skip)}
          </p>
          <p class="hint">{STRINGS.importCountsHint}</p>
          {report.problems.length > 0 && <ProblemList problems={report.problems} />}
        </>
      )}
      <div class="button-row">
        {verdict === 'ready' && (
          <button ref={confirmRef} type="button" class="button primary" disabled={applying} onClick={onApply}>
            {applying ? STRINGS.importBusy : STRINGS.importConfirm}
          </button>
        )}
        <button type="button" class="button" disabled={applying} onClick={onCancel}>
          {STRINGS.importCancel}
        </button>
      </div>
    </section>
  );
}
