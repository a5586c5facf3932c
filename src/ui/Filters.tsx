import { useId, type ReactNode } from 'react';
import { Button } from './Button';
import styles from './Filters.module.css';

// Labels point at their control with htmlFor instead of wrapping it: a wrapping <label> would
// take every <option>'s text into its own, and an option "Name" would then label the list.

export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.bar} role="search" aria-label={label}>
      {children}
    </div>
  );
}

export function FilterSearch({
  label,
  value,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  placeholder: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className={styles.search}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function FilterSelect<V extends string>({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: V;
  onChange: (v: V) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className={styles.select}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {children}
      </select>
    </div>
  );
}

export function FilterCheck({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className={styles.check}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** "120 calls", or "Showing 3 of 120 calls" with a way back to all. */
export function FilterCount({
  shown,
  total,
  filtered,
  onClear,
}: {
  shown: string;
  total: string;
  filtered: boolean;
  onClear: () => void;
}) {
  return (
    <p className={styles.count} role="status">
      {filtered ? `Showing ${shown} of ${total}` : total}
      {filtered ? (
        <Button variant="ghost" size="small" onClick={onClear}>
          Show all
        </Button>
      ) : null}
    </p>
  );
}
