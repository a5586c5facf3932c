import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Field } from './Field';
import styles from './Combobox.module.css';
import { plural } from '../domain/counts';

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second line, e.g. title and company. */
  detail?: string | undefined;
}

export interface ComboboxProps {
  label: string;
  value: string;
  /** The user typed: the parent filters `options` and forgets any earlier pick. */
  onValueChange: (value: string) => void;
  /** Suggestions for the current text, already filtered and ordered. */
  options: readonly ComboboxOption[];
  onPick: (option: ComboboxOption) => void;
  hint?: ReactNode;
  error?: string | undefined;
  placeholder?: string;
  /** What the list is, for screen readers ("Matching contacts"). */
  listLabel: string;
  /** The dialog around it focuses this box first. */
  autoFocus?: boolean;
}

/**
 * A text box that suggests as you type (the ARIA combobox pattern with a list popup): arrows move
 * through the suggestions, Enter picks, Escape closes the list. Free text stays allowed, so the
 * parent decides what typed text that matches nothing means.
 */
export function Combobox({
  label,
  value,
  onValueChange,
  options,
  onPick,
  hint,
  error,
  placeholder,
  listLabel,
  autoFocus,
}: ComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && options.length > 0;
  const activeOption = expanded && active >= 0 ? options[active] : undefined;
  const optionId = (i: number) => `${listId}-option-${i}`;

  function pick(option: ComboboxOption) {
    onPick(option);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (options.length === 0) return;
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(e.key === 'ArrowDown' ? 0 : options.length - 1);
        return;
      }
      const n = options.length;
      setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i - 1 + n) % n));
    } else if (e.key === 'Enter' && activeOption) {
      e.preventDefault();
      pick(activeOption);
    } else if (e.key === 'Escape' && expanded) {
      // Close the list only; a second Escape reaches the dialog.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className={styles.wrap}>
          <input
            {...control}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={activeOption ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            data-autofocus={autoFocus ? '' : undefined}
            placeholder={placeholder}
            value={value}
            onChange={(e) => {
              onValueChange(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={listLabel}
            // Not a Tab stop: Chromium gives focus to a scrolling list, and leaving the field hides
            // it just then, which dropped the focus to the page.
            tabIndex={-1}
            className={styles.list}
            hidden={!expanded}
          >
            {expanded
              ? options.map((o, i) => (
                  <li
                    key={o.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={styles.option}
                    // Keep focus in the text box, so picking does not blur it first.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => pick(o)}
                  >
                    <span className={styles.optionLabel}>{o.label}</span>
                    {o.detail ? <span className={styles.optionDetail}>{o.detail}</span> : null}
                  </li>
                ))
              : null}
          </ul>
          <span className="visually-hidden" role="status">
            {expanded
              ? `${plural(options.length, 'suggestion')}; use the arrow keys to choose.`
              : ''}
          </span>
        </div>
      )}
    </Field>
  );
}
