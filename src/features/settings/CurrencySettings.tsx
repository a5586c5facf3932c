import { useState } from 'react';
import { messageOf } from '../../domain/errors';
import { formatMoney } from '../../domain/money';
import { CURRENCIES, CURRENCY_LABELS } from '../../domain/settings';
import { setSetting, useSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import { SelectField } from '../../ui/Field';
import styles from './Settings.module.css';

/** The one currency every amount in the app is shown in. Amounts are stored as plain whole numbers. */
export function CurrencySettings() {
  const currency = useSetting('currency');
  const [error, setError] = useState<string | undefined>();
  const written = useFeedback((s) => s.written);

  async function onChange(value: string) {
    setError(undefined);
    try {
      const step = await setSetting('currency', value);
      written({ ...step, label: `Amounts now show in ${CURRENCY_LABELS[step.value]}` });
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section className={styles.section} aria-labelledby="currency-settings">
      <h2 id="currency-settings">Money</h2>
      <p className={styles.lead}>
        Pay, offers, clawbacks and runway all show in this currency. Changing it relabels amounts;
        it does not convert them.
      </p>
      {currency === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <SelectField
          label="Currency"
          value={currency}
          onChange={(e) => void onChange(e.target.value)}
          error={error}
          hint={`For example ${formatMoney(120000, currency)}.`}
        >
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {CURRENCY_LABELS[c]}
            </option>
          ))}
        </SelectField>
      )}
    </section>
  );
}
