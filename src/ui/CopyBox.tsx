import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Field } from './Field';
import styles from './CopyBox.module.css';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Put text on the clipboard. When the browser refuses (no permission, an old browser, a page
 * not served securely), the text in `fallback` is focused and selected for the user to copy.
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle');
  async function copy(text: string, fallback: HTMLTextAreaElement | null) {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('manual');
      fallback?.focus();
      fallback?.select();
    }
  }
  return { state, copy, reset: () => setState('idle') };
}

export function CopyStatus({ state, what = 'Copied' }: { state: CopyState; what?: string }) {
  return (
    <p role="status" className={state === 'manual' ? styles.manual : styles.status}>
      {state === 'copied' ? `${what}. Paste it where you need it.` : null}
      {state === 'manual'
        ? 'This browser did not let Pivotboard use the clipboard. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
        : null}
    </p>
  );
}

export interface CopyBoxProps {
  label: string;
  value: string;
  /** Absent for text the user only copies. */
  onChange?: (value: string) => void;
  hint?: ReactNode;
  rows?: number;
  /** The copy button's name: `Copy`, or more words after it. */
  copyLabel?: string;
  /** Said once copied. */
  copied?: string;
  /** Beside the Copy button (a reset, a counter). */
  extra?: ReactNode;
}

/** Text the user may edit, with a Copy button and a status that says it was copied. */
export function CopyBox({
  label,
  value,
  onChange,
  hint,
  rows = 4,
  copyLabel = 'Copy',
  copied,
  extra,
}: CopyBoxProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { state, copy, reset } = useCopy();
  return (
    <div className={styles.box}>
      <Field label={label} hint={hint} className={styles.field ?? ''}>
        {(control) => (
          <textarea
            {...control}
            ref={ref}
            rows={rows}
            value={value}
            readOnly={!onChange}
            onChange={(e) => {
              reset();
              onChange?.(e.target.value);
            }}
          />
        )}
      </Field>
      <div className={styles.actions}>
        <Button
          variant="primary"
          onClick={() => void copy(value, ref.current)}
          disabled={!value.trim()}
        >
          {copyLabel}
        </Button>
        {extra}
      </div>
      <CopyStatus state={state} what={copied ?? 'Copied'} />
    </div>
  );
}

/**
 * A Copy button for text not shown as one block (a list on screen). When the clipboard is
 * refused, the text appears in a box, selected, to copy by hand.
 */
export function CopyButton({
  text,
  children,
  copied = 'Copied',
  label,
}: {
  text: string;
  children: ReactNode;
  copied?: string;
  /** Names the box the text appears in when the clipboard is refused. */
  label: string;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { state, copy } = useCopy();
  // Before paint: the text shows already selected, with focus on it.
  useLayoutEffect(() => {
    if (state === 'manual') {
      ref.current?.focus();
      ref.current?.select();
    }
  }, [state]);
  return (
    <div className={styles.box}>
      <div className={styles.actions}>
        <Button
          variant="primary"
          onClick={() => void copy(text, ref.current)}
          disabled={!text.trim()}
        >
          {children}
        </Button>
      </div>
      <CopyStatus state={state} what={copied} />
      {state === 'manual' ? (
        <textarea
          ref={ref}
          readOnly
          value={text}
          rows={8}
          aria-label={label}
          className={styles.manualText}
        />
      ) : null}
    </div>
  );
}
