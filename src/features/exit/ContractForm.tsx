import { useState, type FormEvent } from 'react';
import { NON_COMPETE_MAX } from '../../domain/exitPlan';
import { moneyInputValue, parseMoney } from '../../domain/money';
import { parseNoticeDays, USUAL_NOTICE_MAX, USUAL_NOTICE_MIN } from '../../domain/notice';
import type { ExitPlan } from '../../domain/schema/exitPlan';
import { saveContract } from '../../db/exitPlan';
import { FormError } from '../../ui/FormError';
import { CheckboxField, TextAreaField, TextField } from '../../ui/Field';
import styles from './Exit.module.css';
import { SaveRow } from './SaveRow';
import { readsAs, useSave } from './useSave';

const FIELDS = ['noticeDays', 'currentAnnualPay', 'tailCost', 'nonCompeteNotes'] as const;

/** The current contract's exit terms and pay. Re-mounted (by key) when the stored terms change. */
export function ContractForm({
  planId,
  exitPlan,
  currency,
}: {
  planId: string;
  exitPlan: ExitPlan;
  currency: string;
}) {
  const [notice, setNotice] = useState(
    exitPlan.noticeDays === null ? '' : String(exitPlan.noticeDays),
  );
  const [pay, setPay] = useState(moneyInputValue(exitPlan.currentAnnualPay));
  const [tailRequired, setTailRequired] = useState(exitPlan.tailRequired);
  const [tailCost, setTailCost] = useState(moneyInputValue(exitPlan.tailCost));
  const [nonCompete, setNonCompete] = useState(exitPlan.nonCompeteNotes);
  const { errors, busy, save, bind } = useSave(FIELDS);
  // What Save would write differs from what is stored (notes are stored trimmed).
  const unsaved =
    !readsAs(parseNoticeDays(notice), exitPlan.noticeDays) ||
    !readsAs(parseMoney(pay, ''), exitPlan.currentAnnualPay) ||
    tailRequired !== exitPlan.tailRequired ||
    (tailRequired && !readsAs(parseMoney(tailCost, ''), exitPlan.tailCost)) ||
    nonCompete.trim() !== exitPlan.nonCompeteNotes;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const n = parseNoticeDays(notice);
    const p = parseMoney(pay, 'Current annual pay');
    const t = tailRequired
      ? parseMoney(tailCost, 'Tail coverage cost')
      : ({ ok: true, value: null } as const);
    await save(
      {
        noticeDays: n.ok ? undefined : n.message,
        currentAnnualPay: p.ok ? undefined : p.message,
        tailCost: t.ok ? undefined : t.message,
        nonCompeteNotes:
          nonCompete.trim().length > NON_COMPETE_MAX
            ? `Non-compete notes can be at most ${NON_COMPETE_MAX} characters.`
            : undefined,
      },
      () =>
        saveContract(planId, {
          noticeDays: n.ok ? n.value : null,
          currentAnnualPay: p.ok ? p.value : null,
          tailRequired,
          tailCost: t.ok ? t.value : null,
          nonCompeteNotes: nonCompete,
        }),
    );
  }

  return (
    <section className={styles.section} aria-labelledby="exit-contract">
      <h2 id="exit-contract" className={styles.sectionTitle}>
        Your contract
      </h2>
      <p className={styles.lead}>
        Read the exit terms before an offer arrives, so none of them surprise you.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError message={errors.form} />
        <div className={styles.grid}>
          <TextField
            label="Notice period (days)"
            inputMode="numeric"
            autoComplete="off"
            {...bind('noticeDays', notice, setNotice)}
            hint={`Most attending contracts ask for ${USUAL_NOTICE_MIN} to ${USUAL_NOTICE_MAX} days; yours says how many.`}
          />
          <TextField
            label="Current annual pay"
            inputMode="numeric"
            autoComplete="off"
            {...bind('currentAnnualPay', pay, setPay)}
            hint={`Before tax, in ${currency}. Offers are compared with it.`}
          />
        </div>
        <CheckboxField
          label="I must pay for tail malpractice coverage when I leave"
          checked={tailRequired}
          onChange={(e) => setTailRequired(e.target.checked)}
        />
        {tailRequired ? (
          <TextField
            label="Estimated tail cost"
            optional
            inputMode="numeric"
            autoComplete="off"
            {...bind('tailCost', tailCost, setTailCost)}
            hint="A quote from your malpractice carrier, if you have one. Some offers cover it: worth asking."
          />
        ) : null}
        <TextAreaField
          label="Non-compete notes"
          optional
          rows={3}
          {...bind('nonCompeteNotes', nonCompete, setNonCompete)}
          hint="Distance, length, what it covers. Clinical non-competes rarely touch industry work, but they matter for part-time clinical shifts later."
        />
        <SaveRow label="Save contract" busy={busy} unsaved={unsaved} />
      </form>
    </section>
  );
}
