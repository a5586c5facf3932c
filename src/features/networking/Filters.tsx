import { useId, type ReactNode } from 'react';
import { ROLE_TYPES } from '../../domain/roleTypes';
import type { RoleFilter } from '../../state/networkingFilters';
import styles from './Networking.module.css';

// Labels point at their control with htmlFor instead of wrapping it: a wrapping <label> would
// include every <option>'s text in its own, and "Name" in a sort list would then label the list.

export function FilterSearch({ label, value, placeholder, onChange }: { label: string; value: string; placeholder: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className={styles.search}>
      <label htmlFor={id} className={styles.filterLabel}>
        {label}
      </label>
      <input id={id} type="search" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function FilterSelect<V extends string>({ label, value, onChange, children }: { label: string; value: V; onChange: (v: V) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className={styles.filterSelect}>
      <label htmlFor={id} className={styles.filterLabel}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {children}
      </select>
    </div>
  );
}

/** "Working in": the role type of the person, with "Not set" for those without one. */
export function RoleFilterSelect({ value, onChange }: { value: RoleFilter; onChange: (v: RoleFilter) => void }) {
  return (
    <FilterSelect label="Working in" value={value} onChange={onChange}>
      <option value="all">All role types</option>
      {ROLE_TYPES.map((r) => (
        <option key={r.id} value={r.id}>
          {r.label}
        </option>
      ))}
      <option value="none">Role type not set</option>
    </FilterSelect>
  );
}
