import { ROLE_TYPES } from '../../domain/roleTypes';
import type { RoleFilter } from '../../state/networkingFilters';
import { FilterSelect } from '../../ui/Filters';

/** "Working in": the person's role type, with "not set" for those without one. */
export function RoleFilterSelect({
  value,
  onChange,
}: {
  value: RoleFilter;
  onChange: (v: RoleFilter) => void;
}) {
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

/** Does a person's role type pass the filter? */
export function roleMatches(filter: RoleFilter, roleType: string | null | undefined): boolean {
  return filter === 'all' || (filter === 'none' ? !roleType : roleType === filter);
}
