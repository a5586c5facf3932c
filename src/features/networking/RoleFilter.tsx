import { ROLE_TYPES, type RoleTypeId } from '../../domain/roleTypes';
import type { RoleFilter } from '../../state/networkingFilters';
import { SelectField } from '../../ui/Field';
import { FilterSelect } from '../../ui/Filters';

/** A person's role type in the call and contact dialogs, "Not set yet" allowed. */
export function RoleTypeField({
  value,
  onChange,
  error,
}: {
  value: RoleTypeId | '';
  onChange: (v: RoleTypeId | '') => void;
  error: string | undefined;
}) {
  return (
    <SelectField
      label="Role type"
      value={value}
      onChange={(e) => onChange(e.target.value as RoleTypeId | '')}
      error={error}
    >
      <option value="">Not set yet</option>
      {ROLE_TYPES.map((r) => (
        <option key={r.id} value={r.id}>
          {r.label}
        </option>
      ))}
    </SelectField>
  );
}

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
