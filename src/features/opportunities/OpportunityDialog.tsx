import { useMemo, useState, type FormEvent } from 'react';
import { dayLabel, isDay, type Day } from '../../domain/calendar';
import { isUserError, messageOf } from '../../domain/errors';
import { suggestContacts } from '../../domain/networking/search';
import {
  formatMoney,
  moneyInputValue,
  parseMoney,
  parsePercent,
  parseWhole,
  type NumberParse,
} from '../../domain/money';
import {
  CLOSED_REASON_LABELS,
  COMPANY_SIZE_MAX,
  hasWrittenOfferInHand,
  OFFICE_DAYS_MAX,
  offerTotals,
  opportunityFlags,
  opportunityName,
  REMOTE_POLICIES,
  REMOTE_POLICY_LABELS,
  STAGE_LABELS,
  STAGES,
  stageLog,
  type ClosedReason,
  type RemotePolicy,
  type Stage,
} from '../../domain/opportunity';
import { firstSuitorFlag } from '../../domain/playbook/suitor';
import {
  ROLE_TYPE_IDS,
  ROLE_TYPE_LABELS,
  ROLE_TYPE_SHORT,
  type RoleTypeId,
} from '../../domain/roleTypes';
import { isHttpUrl, POSTING_EXAMPLE, webAddress, webAddressProblem } from '../../domain/url';
import { WebLink } from '../../ui/WebLink';
import type { Opportunity, OpportunityInput } from '../../domain/schema/opportunity';
import { useContacts } from '../../db/contacts';
import { addOpportunity, deleteOpportunity, updateOpportunity } from '../../db/opportunities';
import { useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { Combobox } from '../../ui/Combobox';
import { Dialog } from '../../ui/Dialog';
import { SaveActions } from '../../ui/DialogForm';
import { FormError } from '../../ui/FormError';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import styles from './Opportunities.module.css';
import { ReasonChoice } from './ReasonChoice';

export interface OpportunityDialogProps {
  planId: string;
  /** The opportunity to edit; absent when adding. */
  opportunity?: Opportunity | undefined;
  currency: string;
  today: Day;
  /** The exit plan's planned start date, to say when an offer's date is already it. */
  plannedStartDate: Day | null;
  onUseStartDate: (id: string) => void;
  /** Every opportunity, for the notes that read the whole pipeline. */
  pipeline: readonly Opportunity[];
  /** The landing zones the user aims at (Playbook): a new opportunity starts with the first. */
  targets: readonly RoleTypeId[];
  onClose: () => void;
}

const NUMBER_FIELDS = [
  'companySize',
  'baseSalary',
  'bonusPercent',
  'signOnBonus',
  'equityPerYear',
  'officeDaysPerMonth',
  'travelPercent',
  'clinicalShare',
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
type TextKey =
  'company' | 'title' | 'referredBy' | 'link' | 'proposedStartDate' | 'notes' | NumberField;
type FieldKey = TextKey | 'roleType' | 'stage' | 'closedReason' | 'remotePolicy' | 'form';
type Errors = Partial<Record<FieldKey, string | undefined>>;

const FIELD_KEYS: readonly string[] = [
  'company',
  'title',
  'roleType',
  'stage',
  'closedReason',
  'referredBy',
  'link',
  'remotePolicy',
  'proposedStartDate',
  'notes',
  ...NUMBER_FIELDS,
];

const parsers: Record<NumberField, (text: string) => NumberParse> = {
  companySize: (t) => parseWhole(t, 'Company size', 1, COMPANY_SIZE_MAX),
  baseSalary: (t) => parseMoney(t, 'Base salary'),
  bonusPercent: (t) => parsePercent(t, 'Target bonus'),
  signOnBonus: (t) => parseMoney(t, 'Sign-on bonus'),
  equityPerYear: (t) => parseMoney(t, 'Equity per year'),
  officeDaysPerMonth: (t) => parseWhole(t, 'Office days', 0, OFFICE_DAYS_MAX),
  travelPercent: (t) => parsePercent(t, 'Travel'),
  clinicalShare: (t) => parsePercent(t, 'Clinical time'),
};

function initialText(o: Opportunity | undefined): Record<TextKey, string> {
  const n = (v: number | null | undefined) => moneyInputValue(v);
  return {
    company: o?.company ?? '',
    title: o?.title ?? '',
    referredBy: o?.referredBy ?? '',
    link: o?.link ?? '',
    proposedStartDate: o?.proposedStartDate ?? '',
    notes: o?.notes ?? '',
    companySize: n(o?.companySize),
    baseSalary: n(o?.baseSalary),
    bonusPercent: n(o?.bonusPercent),
    signOnBonus: n(o?.signOnBonus),
    equityPerYear: n(o?.equityPerYear),
    officeDaysPerMonth: n(o?.officeDaysPerMonth),
    travelPercent: n(o?.travelPercent),
    clinicalShare: n(o?.clinicalShare),
  };
}

const valueOf = (p: NumberParse) => (p.ok ? p.value : null);

const EDIT_FIELDS: readonly EditField<Opportunity>[] = [
  { key: 'company', label: 'Company' },
  { key: 'title', label: 'Title' },
  { key: 'roleType', label: 'Role type', show: (r) => ROLE_TYPE_LABELS[r as RoleTypeId] },
  { key: 'stage', label: 'Stage', show: (s) => STAGE_LABELS[s as Stage] },
  {
    key: 'closedReason',
    label: 'Why it closed',
    show: (r) => (r ? CLOSED_REASON_LABELS[r as ClosedReason] : 'empty'),
  },
  { key: 'referredBy', label: 'Referred by' },
  { key: 'referralContactId', label: 'Referred by (contact)', show: () => 'another contact' },
  { key: 'link', label: 'Link' },
  {
    key: 'remotePolicy',
    label: 'Remote policy',
    show: (r) => (r ? REMOTE_POLICY_LABELS[r as RemotePolicy] : 'empty'),
  },
  {
    key: 'proposedStartDate',
    label: 'Proposed start date',
    show: (d) => (d ? dayLabel(d as Day) : 'empty'),
  },
  { key: 'notes', label: 'Notes' },
  { key: 'companySize', label: 'Company size (people)' },
  { key: 'baseSalary', label: 'Base salary' },
  { key: 'bonusPercent', label: 'Target bonus (%)' },
  { key: 'signOnBonus', label: 'Sign-on bonus' },
  { key: 'equityPerYear', label: 'Equity per year' },
  { key: 'officeDaysPerMonth', label: 'Office days a month' },
  { key: 'travelPercent', label: 'Travel (%)' },
  { key: 'clinicalShare', label: 'Clinical time allowed (%)' },
];
const TEXT_KEYS: readonly string[] = Object.keys(initialText(undefined));

export function OpportunityDialog({
  planId,
  opportunity,
  currency,
  today,
  plannedStartDate,
  onUseStartDate,
  pipeline,
  targets,
  onClose,
}: OpportunityDialogProps) {
  const editing = Boolean(opportunity);
  const [text, setText] = useState(() => initialText(opportunity));
  const [roleType, setRoleType] = useState<RoleTypeId>(
    opportunity?.roleType ?? targets[0] ?? 'medical-affairs',
  );
  const [stage, setStage] = useState<Stage>(opportunity?.stage ?? 'target');
  const [closedReason, setClosedReason] = useState<ClosedReason | ''>(
    opportunity?.closedReason ?? '',
  );
  const [remotePolicy, setRemotePolicy] = useState<RemotePolicy | ''>(
    opportunity?.remotePolicy ?? '',
  );
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const written = useFeedback((s) => s.written);

  const contacts = useContacts();
  const [referralId, setReferralId] = useState<string | null>(
    opportunity?.referralContactId ?? null,
  );
  const referralOptions = useMemo(
    () =>
      referralId
        ? []
        : suggestContacts(contacts ?? [], text.referredBy).map((c) => ({
            id: c.id,
            label: c.name,
            detail: [c.title, c.company].filter(Boolean).join(', ') || undefined,
          })),
    [contacts, text.referredBy, referralId],
  );

  const field = (key: TextKey) => ({
    value: text[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => {
      setText((t) => ({ ...t, [key]: e.target.value }));
      if (errors[key]) setErrors((x) => ({ ...x, [key]: undefined }));
    },
  });

  // Live notes from what is typed so far (values that do not parse yet count as empty).
  const numbers = Object.fromEntries(
    NUMBER_FIELDS.map((k) => [k, valueOf(parsers[k](text[k]))]),
  ) as Record<NumberField, number | null>;
  const suitor = firstSuitorFlag(
    { id: opportunity?.id ?? '', stage, history: opportunity?.history ?? [] },
    pipeline,
  );
  const flags = [
    ...opportunityFlags({
      title: text.title,
      companySize: numbers.companySize,
      remotePolicy: remotePolicy || null,
      officeDaysPerMonth: numbers.officeDaysPerMonth,
      travelPercent: numbers.travelPercent,
      stage,
      history: opportunity?.history ?? [],
    }),
    ...(suitor ? [suitor] : []),
  ];
  const totals = offerTotals(numbers);

  const input: OpportunityInput = {
    company: text.company,
    title: text.title,
    roleType,
    stage,
    closedReason: stage === 'closed' && closedReason ? closedReason : null,
    referralContactId: referralId,
    referredBy: text.referredBy,
    link: text.link,
    proposedStartDate: text.proposedStartDate || null,
    notes: text.notes,
    remotePolicy: remotePolicy || null,
    ...numbers,
    officeDaysPerMonth: remotePolicy === 'on-site' ? null : numbers.officeDaysPerMonth,
  };
  const edit = useEditSince(opportunity, input, EDIT_FIELDS, (row, keys) => {
    const fresh = initialText(row);
    const texts = keys.filter((k) => TEXT_KEYS.includes(k)) as TextKey[];
    if (texts.length)
      setText((t) => ({ ...t, ...Object.fromEntries(texts.map((k) => [k, fresh[k]])) }));
    for (const key of keys) {
      if (key === 'roleType') setRoleType(row.roleType);
      else if (key === 'stage') setStage(row.stage);
      else if (key === 'closedReason') setClosedReason(row.closedReason ?? '');
      else if (key === 'remotePolicy') setRemotePolicy(row.remotePolicy ?? '');
      else if (key === 'referralContactId') setReferralId(row.referralContactId);
    }
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: Errors = {};
    if (!text.company.trim()) found.company = 'Company can’t be empty.';
    if (!text.title.trim()) found.title = 'Title can’t be empty.';
    if (stage === 'closed' && !closedReason)
      found.closedReason = 'Pick why it closed: declined, rejected or withdrawn.';
    if (text.proposedStartDate && !isDay(text.proposedStartDate))
      found.proposedStartDate = 'Enter a real date, or leave it empty.';
    // With the other fields' checks, not only after them (the write checks it again).
    if (webAddress(text.link) === null) found.link = webAddressProblem('Link', POSTING_EXAMPLE);
    for (const k of NUMBER_FIELDS) {
      const parsed = parsers[k](text[k]);
      if (!parsed.ok) found[k] = parsed.message;
    }
    if (Object.keys(found).length) {
      setErrors(found);
      return;
    }
    setBusy(true);
    try {
      const step = opportunity
        ? await updateOpportunity(opportunity.id, input, today, edit.since)
        : await addOpportunity(planId, input, today);
      written(step);
      onClose();
    } catch (err) {
      const key =
        isUserError(err) && err.field && FIELD_KEYS.includes(err.field)
          ? (err.field as FieldKey)
          : 'form';
      setErrors({ [key]: messageOf(err) });
      setBusy(false);
    }
  }

  async function onDelete() {
    if (!opportunity || busy) return;
    setBusy(true);
    try {
      written(await deleteOpportunity(opportunity.id));
      onClose();
    } catch (err) {
      setErrors({ form: messageOf(err) });
      setBusy(false);
    }
  }

  const money = (label: string, key: NumberField, hint?: string) => (
    <TextField
      label={label}
      optional
      inputMode="numeric"
      autoComplete="off"
      hint={hint}
      {...field(key)}
    />
  );
  const offerStart =
    opportunity && hasWrittenOfferInHand(opportunity) ? opportunity.proposedStartDate : null;

  return (
    <Dialog title={editing ? 'Edit opportunity' : 'Add opportunity'} onClose={onClose} wide>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="opportunity" />

        {opportunity && offerStart ? (
          <div className={styles.startDateBox}>
            {plannedStartDate === offerStart ? (
              <p>{dayLabel(offerStart)} is your planned start date in the exit plan.</p>
            ) : (
              <>
                <p>
                  Written offer, starting {dayLabel(offerStart)}.
                  {plannedStartDate
                    ? ` Your exit plan now says ${dayLabel(plannedStartDate)}.`
                    : ' Your exit plan has no start date yet.'}
                </p>
                <Button
                  size="small"
                  variant="primary"
                  onClick={() => onUseStartDate(opportunity.id)}
                  aria-label={`Use this start date: ${dayLabel(offerStart)}, ${opportunityName(opportunity)}`}
                >
                  Use this start date
                </Button>
              </>
            )}
          </div>
        ) : null}

        <fieldset className={styles.fieldset}>
          <legend>The role</legend>
          <div className={styles.grid}>
            <TextField label="Company" autoComplete="off" data-autofocus="" {...field('company')} />
            <TextField
              label="Title"
              autoComplete="off"
              hint="As the company writes it, e.g. Associate Medical Director."
              {...field('title')}
            />
            <SelectField
              label="Role type"
              value={roleType}
              onChange={(e) => setRoleType(e.target.value as RoleTypeId)}
              error={errors.roleType}
              hint={
                targets.length > 0 && !targets.includes(roleType)
                  ? `Outside the landing zones you aim at (${targets.map((t) => ROLE_TYPE_SHORT[t]).join(', ')}). Fine if that is deliberate.`
                  : undefined
              }
            >
              {ROLE_TYPE_IDS.map((r) => (
                <option key={r} value={r}>
                  {ROLE_TYPE_LABELS[r]}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Stage"
              value={stage}
              onChange={(e) => {
                setStage(e.target.value as Stage);
                setErrors((x) => ({ ...x, closedReason: undefined }));
              }}
              error={errors.stage}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABELS[s]}
                </option>
              ))}
            </SelectField>
          </div>
          {stage === 'closed' ? (
            <ReasonChoice
              value={closedReason}
              onChange={setClosedReason}
              error={errors.closedReason}
            />
          ) : null}
          <div className={styles.grid}>
            <Combobox
              label="Referred by"
              listLabel="Matching contacts"
              value={text.referredBy}
              onValueChange={(v) => {
                setText((t) => ({ ...t, referredBy: v }));
                setReferralId(null);
                if (errors.referredBy) setErrors((x) => ({ ...x, referredBy: undefined }));
              }}
              options={referralOptions}
              onPick={(o) => {
                setText((t) => ({ ...t, referredBy: o.label }));
                setReferralId(o.id);
              }}
              hint={
                referralId
                  ? 'Linked to your networking contact.'
                  : contacts && contacts.length
                    ? 'Who put you forward, if anyone: type to pick one of your contacts.'
                    : 'Who put you forward, if anyone.'
              }
              error={errors.referredBy}
            />
            <TextField
              label="Company size (people)"
              optional
              inputMode="numeric"
              autoComplete="off"
              hint="Roughly; it helps read a big title."
              {...field('companySize')}
            />
          </div>
          <TextField
            label="Link"
            optional
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder={POSTING_EXAMPLE}
            hint={
              opportunity?.link && isHttpUrl(opportunity.link) ? (
                <WebLink href={opportunity.link}>Open the posting</WebLink>
              ) : undefined
            }
            {...field('link')}
          />
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Pay</legend>
          <p className={styles.legendHint}>
            Whole amounts in {currency}, a year. Leave out what you don’t know yet.
          </p>
          <div className={styles.grid}>
            {money('Base salary', 'baseSalary')}
            <TextField
              label="Target bonus (%)"
              optional
              inputMode="decimal"
              autoComplete="off"
              hint="Percent of base."
              {...field('bonusPercent')}
            />
            {money('Sign-on bonus', 'signOnBonus', 'Paid once, usually in the first year.')}
            {money('Equity per year', 'equityPerYear', 'Its yearly value, as best you can tell.')}
          </div>
          {totals.firstYear > 0 ? (
            <p className={styles.totals}>
              First year {formatMoney(totals.firstYear, currency)} · after that{' '}
              {formatMoney(totals.steadyState, currency)} a year
            </p>
          ) : null}
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Where and when</legend>
          <div className={styles.grid}>
            <SelectField
              label="Remote policy"
              value={remotePolicy}
              onChange={(e) => setRemotePolicy(e.target.value as RemotePolicy | '')}
              error={errors.remotePolicy}
            >
              <option value="">Not known yet</option>
              {REMOTE_POLICIES.map((r) => (
                <option key={r} value={r}>
                  {REMOTE_POLICY_LABELS[r]}
                </option>
              ))}
            </SelectField>
            {remotePolicy === 'remote' || remotePolicy === 'hybrid' ? (
              <TextField
                label="Office days a month"
                optional
                inputMode="numeric"
                autoComplete="off"
                hint="Even “remote” roles sometimes ask for some."
                {...field('officeDaysPerMonth')}
              />
            ) : null}
            <TextField
              label="Travel (%)"
              optional
              inputMode="decimal"
              autoComplete="off"
              hint="Share of working time away."
              {...field('travelPercent')}
            />
            <TextField
              label="Clinical time allowed (%)"
              optional
              inputMode="decimal"
              autoComplete="off"
              hint="Share of the week you could keep for clinical work, if the role allows it."
              {...field('clinicalShare')}
            />
            <TextField
              label="Proposed start date"
              optional
              type="date"
              {...field('proposedStartDate')}
            />
          </div>
        </fieldset>

        {flags.length ? (
          <div className={styles.flagBox}>
            <h3 className={styles.flagTitle}>Worth asking about</h3>
            <ul>
              {flags.map((f) => (
                <li key={f.kind}>{f.text}</li>
              ))}
            </ul>
          </div>
        ) : null}

        <TextAreaField label="Notes" optional rows={4} {...field('notes')} />

        {opportunity ? (
          <section className={styles.history} aria-labelledby="opportunity-history">
            <h3 id="opportunity-history" className={styles.historyTitle}>
              History
            </h3>
            <ol>
              {stageLog(opportunity.history).map((entry, i) => (
                <li key={i}>
                  <time dateTime={entry.on}>{dayLabel(entry.on)}</time> <span>{entry.text}</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        <SaveActions
          busy={busy}
          onCancel={onClose}
          onDelete={editing ? () => void onDelete() : undefined}
        />
      </form>
    </Dialog>
  );
}
