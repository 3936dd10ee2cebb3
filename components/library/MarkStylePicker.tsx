import { useId } from 'preact/hooks';
import { MARK_STYLES, type MarkStyle } from '@/lib/settings';
import { STRINGS } from './strings';

/** A name marked as pages will show it, in a country's (blue) or an organisation's (amber) colour. */
export const MarkSample = ({
  style,
  kind,
  text,
}: {
  style: MarkStyle;
  kind: 'country' | 'organisation';
  text: string;
}) => (
  <span class={`mark-sample mark-${style} kind-${kind}`} data-style={style}>
    {text}
  </span>
);

/** The three mark styles as radio buttons, each with a swatch, and a sentence showing the chosen one. */
export function MarkStylePicker({
  value,
  onChange,
}: {
  value: MarkStyle;
  onChange: (style: MarkStyle) => void;
}) {
  const name = useId();
  const previewId = useId();
  return (
    <fieldset class="setting">
      <legend>{STRINGS.styleLegend}</legend>
      <div class="style-options">
        {MARK_STYLES.map((style) => (
          <label key={style} class="style-option">
            <input
              type="radio"
              name={name}
              value={style}
              checked={value === style}
              aria-describedby={`${name}-${style}`}
              onChange={() => onChange(style)}
            />
            <span>
              <strong>{STRINGS.styleNames[style]}</strong>
              <span class="swatch" aria-hidden="true">
                <MarkSample style={style} kind="country" text={STRINGS.styleSample} />
              </span>
              <span id={`${name}-${style}`} class="hint">
                {STRINGS.styleHints[style]}
              </span>
            </span>
          </label>
        ))}
      </div>
      <p class="preview" id={previewId} data-preview-style={value}>
        <span class="preview-label hint">{STRINGS.previewLabel}</span>
        {STRINGS.previewBefore}
        <MarkSample style={value} kind="country" text={STRINGS.previewCountry} />
        {STRINGS.previewMiddle}
        <MarkSample style={value} kind="organisation" text={STRINGS.previewOrganisation} />
        {STRINGS.previewAfter}
      </p>
    </fieldset>
  );
}
