import { useId, useRef, useState } from 'preact/hooks';
import type { WatchEntity } from '@/lib/store';
import { STRINGS } from './strings';
import { checkWatchDraft, draftOf, type WatchField, type WatchProblem } from './watchlist-rules';

interface WatchFormProps {
  heading: string;
  /** An edit form sits under the list's own heading. */
  headingLevel?: 2 | 3;
  /** The entity being edited, or null to add one. */
  editing: WatchEntity | null;
  list: readonly WatchEntity[];
  submitLabel: string;
  busy: boolean;
  /** Resolves true when saved (the form then empties, or closes). */
  onSubmit: (entity: WatchEntity) => Promise<boolean>;
  onCancel?: () => void;
}

/** Adds or edits one watchlist entity; what is wrong is said in words beside the fields. */
export function WatchForm({
  heading,
  headingLevel = 2,
  editing,
  list,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: WatchFormProps) {
  const ids = {
    heading: useId(),
    name: useId(),
    nameHint: useId(),
    aliases: useId(),
    aliasesHint: useId(),
    note: useId(),
    problems: useId(),
  };
  const [draft, setDraft] = useState(() => draftOf(editing ?? undefined));
  const [problems, setProblems] = useState<WatchProblem[]>([]);
  const fields = {
    name: useRef<HTMLInputElement>(null),
    aliases: useRef<HTMLInputElement>(null),
    note: useRef<HTMLTextAreaElement>(null),
  };

  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const wrong = (field: WatchField) => problems.some((p) => p.field === field);
  const described = (field: WatchField, hint?: string) =>
    [hint, wrong(field) ? ids.problems : undefined].filter(Boolean).join(' ') || undefined;

  const submit = async (e: Event) => {
    e.preventDefault();
    const check = checkWatchDraft(draft, list, editing);
    if (!check.ok) {
      setProblems(check.problems);
      const first = check.problems.find((p) => p.field !== 'list')?.field;
      if (first && first !== 'list') fields[first].current?.focus();
      return;
    }
    setProblems([]);
    if ((await onSubmit(check.entity)) && !editing) setDraft(draftOf());
  };

  return (
    <form class="form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <Heading id={ids.heading} class="form-heading">
        {heading}
      </Heading>
      {problems.length > 0 && (
        <div id={ids.problems} class="problems" role="alert">
          <p>{STRINGS.watchProblemsIntro}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.rule}-${p.value ?? ''}`}>{STRINGS.watchProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="field">
        <label for={ids.name}>{STRINGS.watchName}</label>
        <input
          ref={fields.name}
          id={ids.name}
          class="input"
          value={draft.name}
          required
          aria-invalid={wrong('name') || undefined}
          aria-describedby={described('name', ids.nameHint)}
          onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        />
        <span id={ids.nameHint} class="hint">
          {STRINGS.watchNameHint}
        </span>
      </div>
      <div class="field">
        <label for={ids.aliases}>{STRINGS.watchAliases}</label>
        <input
          ref={fields.aliases}
          id={ids.aliases}
          class="input"
          value={draft.aliases}
          aria-invalid={wrong('aliases') || undefined}
          aria-describedby={described('aliases', ids.aliasesHint)}
          onInput={(e) => setDraft({ ...draft, aliases: e.currentTarget.value })}
        />
        <span id={ids.aliasesHint} class="hint">
          {STRINGS.watchAliasesHint}
        </span>
      </div>
      <div class="field">
        <label for={ids.note}>{STRINGS.watchNote}</label>
        <textarea
          ref={fields.note}
          id={ids.note}
          class="input"
          rows={3}
          value={draft.note}
          aria-invalid={wrong('note') || undefined}
          aria-describedby={described('note')}
          onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
        />
      </div>
      <div class="button-row">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? STRINGS.watchSaving : submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            {STRINGS.watchCancel}
          </button>
        )}
      </div>
    </form>
  );
}
