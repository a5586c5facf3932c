import { exitFieldSaved, NON_COMPETE_MAX } from '../../domain/exitPlan';
import { daysText, parseNoticeDays, USUAL_NOTICE_MAX, USUAL_NOTICE_MIN } from '../../domain/notice';
import type { ExitPlan } from '../../domain/schema/exitPlan';
import { CheckboxField, TextAreaField, TextField } from '../../ui/Field';
import { usePending } from '../../ui/usePending';
import styles from './Exit.module.css';
import { moneyRule } from './moneyRule';
import { SaveRow } from './SaveRow';
import { saveNow, useSavedAsTyped, type FieldRule, type Write } from './useSavedAsTyped';

type Key = 'noticeDays' | 'currentAnnualPay' | 'tailCost' | 'nonCompeteNotes';

/** The current contract's exit terms and pay; each field saved as it is entered. */
export function ContractForm({
  planId,
  exitPlan,
  currency,
  write,
}: {
  planId: string;
  exitPlan: ExitPlan;
  currency: string;
  write: Write;
}) {
  const rules: Record<Key, FieldRule> = {
    noticeDays: {
      shown: exitPlan.noticeDays === null ? '' : String(exitPlan.noticeDays),
      stored: exitPlan.noticeDays,
      read: parseNoticeDays,
      patch: (v) => ({ noticeDays: typeof v === 'number' ? v : null }),
      saved: (v) => exitFieldSaved('Notice period', typeof v === 'number' ? daysText(v) : null),
    },
    currentAnnualPay: moneyRule('Current annual pay', exitPlan.currentAnnualPay, currency, (v) => ({
      currentAnnualPay: v,
    })),
    tailCost: moneyRule('Tail coverage cost', exitPlan.tailCost, currency, (v) => ({
      tailCost: v,
    })),
    nonCompeteNotes: {
      shown: exitPlan.nonCompeteNotes,
      stored: exitPlan.nonCompeteNotes,
      read: (text) =>
        text.trim().length > NON_COMPETE_MAX
          ? {
              ok: false,
              message: `Non-compete notes can be at most ${NON_COMPETE_MAX} characters.`,
            }
          : { ok: true, value: text.trim() },
      patch: (v) => ({ nonCompeteNotes: typeof v === 'string' ? v : '' }),
      saved: (v) => (v ? 'Saved your non-compete notes' : 'Non-compete notes cleared'),
    },
  };
  const { field, saveAll, unsaved } = useSavedAsTyped(`exit:${planId}:contract`, rules, write);
  const tail = usePending(exitPlan.tailRequired);

  async function onTail(required: boolean) {
    tail.set(required);
    const label = required ? 'Tail coverage: yours to pay' : 'Tail coverage: not yours to pay';
    if (!(await saveNow(write, { tailRequired: required }, label))) tail.clear();
  }

  return (
    <section className={styles.section} aria-labelledby="exit-contract">
      <h2 id="exit-contract" className={styles.sectionTitle}>
        Your contract
      </h2>
      <p className={styles.lead}>
        Read the exit terms before an offer arrives, so none of them surprise you.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void saveAll('Saved your contract terms');
        }}
        noValidate
      >
        <div className={styles.grid}>
          <TextField
            label="Notice period (days)"
            inputMode="numeric"
            autoComplete="off"
            {...field('noticeDays')}
            hint={`Most attending contracts ask for ${USUAL_NOTICE_MIN} to ${USUAL_NOTICE_MAX} days; yours says how many.`}
          />
          <TextField
            label="Current annual pay"
            inputMode="numeric"
            autoComplete="off"
            {...field('currentAnnualPay')}
            hint={`Before tax, in ${currency}. Offers are compared with it.`}
          />
        </div>
        <CheckboxField
          label="I must pay for tail malpractice coverage when I leave"
          checked={tail.value}
          onChange={(e) => void onTail(e.target.checked)}
        />
        {tail.value ? (
          <TextField
            label="Estimated tail cost"
            optional
            inputMode="numeric"
            autoComplete="off"
            {...field('tailCost')}
            hint="A quote from your malpractice carrier, if you have one. Some offers cover it: worth asking."
          />
        ) : null}
        <TextAreaField
          label="Non-compete notes"
          optional
          rows={3}
          {...field('nonCompeteNotes')}
          hint="Distance, length, what it covers. Clinical non-competes rarely touch industry work, but they matter for part-time clinical shifts later."
        />
        <SaveRow label="Save contract" unsaved={unsaved.length} />
      </form>
    </section>
  );
}
