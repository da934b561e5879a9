import { useEffect, useId, useState } from 'react';

interface Props {
  readonly label: string;
  readonly value: string;
  /** Returns an error message to refuse the text, or nothing to accept it. */
  readonly onCommit: (text: string) => string | void;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'number' | 'url';
  readonly suffix?: string;
  readonly hint?: string;
}

/**
 * A text field that changes the map once, when the user is done (Enter or leaving the field),
 * so typing a name is one undo step, not one per letter. Escape puts the old text back.
 */
export function DraftField({ label, value, onCommit, multiline, type = 'text', suffix, hint }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => (setDraft(value), setError(null)), [value]);
  const commit = () => {
    if (draft === value) return setError(null);
    const refusal = onCommit(draft);
    setError(refusal || null);
  };
  const common = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !(multiline && e.shiftKey)) (e.preventDefault(), commit());
      if (e.key === 'Escape') (e.stopPropagation(), setDraft(value), setError(null));
    },
  };
  return (
    <div className="em-field">
      <label htmlFor={id}>{label}</label>
      <div className="em-field-input">
        {multiline ? <textarea rows={3} {...common} /> : <input type={type === 'number' ? 'text' : type} inputMode={type === 'number' ? 'decimal' : undefined} {...common} />}
        {suffix && <span className="em-suffix">{suffix}</span>}
      </div>
      {hint && !error && <small id={`${id}-hint`}>{hint}</small>}
      {error && <small id={`${id}-error`} className="em-field-error" role="alert">{error}</small>}
    </div>
  );
}
