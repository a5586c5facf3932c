import { TextField } from './Field';

/**
 * The profile's text fields, as the Playbook's About you and the Draft a message dialog ask them.
 * No maxLength: a paste over the limit stays whole and the save says how much to cut, as in
 * every other form (the browser would cut it without a word).
 */
export type ProfileTextField = 'specialty' | 'institution' | 'targetArea' | 'name';

const FIELDS: Record<ProfileTextField, { label: string; autoComplete: string; optional: boolean }> =
  {
    specialty: { label: 'Specialty', autoComplete: 'off', optional: false },
    institution: { label: 'Where you work', autoComplete: 'organization', optional: false },
    targetArea: { label: 'Area you are aiming at', autoComplete: 'off', optional: false },
    name: { label: 'Your name', autoComplete: 'name', optional: true },
  };

export interface ProfileFieldsProps<F extends ProfileTextField> {
  /** Which fields, in this order; the caller lays them out (they render as siblings). */
  fields: readonly F[];
  values: Record<F, string>;
  errors: Partial<Record<F, string>>;
  onChange: (field: F, value: string) => void;
  hints?: Partial<Record<F, string>>;
}

export function ProfileFields<F extends ProfileTextField>({
  fields,
  values,
  errors,
  onChange,
  hints = {},
}: ProfileFieldsProps<F>) {
  return fields.map((field) => {
    const { label, autoComplete, optional } = FIELDS[field];
    return (
      <TextField
        key={field}
        label={label}
        optional={optional}
        value={values[field]}
        onChange={(e) => onChange(field, e.target.value)}
        error={errors[field]}
        hint={hints[field]}
        autoComplete={autoComplete}
      />
    );
  });
}
