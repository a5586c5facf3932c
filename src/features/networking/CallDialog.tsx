import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { addDays, dayLabel, isDay, type Day } from '../../domain/calendar';
import { callDateProblems, callDayWindow } from '../../domain/networking/callDates';
import { DELETED_CONTACT } from '../../domain/networking/contacts';
import { CALL_CHANNELS, CHANNEL_LABELS, type CallChannel } from '../../domain/networking/channels';
import { CONTACT_NAME_MAX } from '../../domain/networking/limits';
import { contactsNamed, suggestContacts } from '../../domain/networking/search';
import type { RoleTypeId } from '../../domain/roleTypes';
import type { Call, Contact } from '../../domain/schema/networking';
import { deleteCall, logCall, updateCall, useCall, useContactCalls } from '../../db/calls';
import { useContacts } from '../../db/contacts';
import type { CallDialogRequest } from '../../state/callDialog';
import { Button } from '../../ui/Button';
import { CallChecklist } from '../../ui/CallChecklist';
import { Combobox, type ComboboxOption } from '../../ui/Combobox';
import { Dialog } from '../../ui/Dialog';
import { errorFor, FormError, SaveActions, useDialogWrite } from '../../ui/DialogForm';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { CheckboxField, TextAreaField, TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import { useToday } from '../../ui/useToday';
import { contactDetail } from './contactText';
import { GoneDialog } from './GoneDialog';
import { RoleTypeField } from './RoleFilter';
import styles from './Networking.module.css';

const DraftMessageDialog = lazy(() =>
  import('./DraftMessageDialog').then((m) => ({ default: m.DraftMessageDialog })),
);

export interface CallDialogProps {
  request: CallDialogRequest;
  onClose: () => void;
}

/** Loads what the form needs first, so the form opens filled in (and focus lands on it once). */
export function CallDialog({ request, onClose }: CallDialogProps) {
  const editId = request.mode === 'edit' ? request.callId : null;
  const call = useCall(editId);
  const contacts = useContacts();
  if (contacts === undefined || call === undefined) return null;
  if (editId && call === null) {
    return <GoneDialog title="Edit call" what="call" onClose={onClose} />;
  }
  return <CallForm request={request} call={call} contacts={contacts} onClose={onClose} />;
}

type FieldKey =
  'name' | 'day' | 'followUpOn' | 'notes' | 'title' | 'company' | 'roleType' | 'channel' | 'form';
const FIELDS: readonly FieldKey[] = [
  'name',
  'day',
  'followUpOn',
  'notes',
  'title',
  'company',
  'roleType',
  'channel',
];

const FOLLOW_UP_CHOICES = [
  { weeks: 1, label: 'In 1 week' },
  { weeks: 2, label: 'In 2 weeks' },
  { weeks: 4, label: 'In 4 weeks' },
] as const;

const EDIT_FIELDS: readonly EditField<Call>[] = [
  { key: 'contactId', label: 'Name', show: () => 'someone else' },
  { key: 'day', label: 'Date', show: (d) => dayLabel(d as Day) },
  { key: 'channel', label: 'Channel', show: (c) => CHANNEL_LABELS[c as CallChannel] },
  { key: 'notes', label: 'Notes' },
  { key: 'followUpOn', label: 'Follow up on', show: (d) => (d ? dayLabel(d as Day) : 'empty') },
  { key: 'mentionOk', label: 'OK to mention them when applying' },
];

interface CallFormProps {
  request: CallDialogRequest;
  call: Call | null;
  contacts: readonly Contact[];
  onClose: () => void;
}

function CallForm({ request, call, contacts, onClose }: CallFormProps) {
  const todayDay = useToday();
  const presetId = call?.contactId ?? (request.mode === 'log' ? request.contactId : undefined);
  const preset = presetId ? contacts.find((c) => c.id === presetId) : undefined;
  const followUpOf = request.mode === 'log' ? request.followUpOf : undefined;

  const [name, setName] = useState(preset?.name ?? '');
  const [pickedId, setPickedId] = useState<string | null>(preset?.id ?? null);
  const [day, setDay] = useState<Day>(call?.day ?? todayDay);
  const [channel, setChannel] = useState<CallChannel>(call?.channel ?? 'call');
  const [notes, setNotes] = useState(call?.notes ?? '');
  const [followUpOn, setFollowUpOn] = useState<string>(call?.followUpOn ?? '');
  const [mentionOk, setMentionOk] = useState(call?.mentionOk ?? preset?.mentionOk ?? false);
  const [title, setTitle] = useState('');
  const [company, setCompany] = useState('');
  const [roleType, setRoleType] = useState<RoleTypeId | ''>('');
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [drafting, setDrafting] = useState(false);
  const { busy, run } = useDialogWrite(onClose);
  const failed = (err: unknown) => setErrors(errorFor(err, FIELDS));

  const picked = pickedId ? contacts.find((c) => c.id === pickedId) : undefined;
  const sameName = useMemo(
    () => (picked ? [] : contactsNamed(contacts, name)),
    [contacts, name, picked],
  );
  // Typing a name that one contact already has means that contact.
  const contact = picked ?? (sameName.length === 1 ? sameName[0] : undefined);
  const callInput = { day, channel, notes, followUpOn: followUpOn || null, mentionOk };
  const edit = useEditSince(
    call,
    { ...callInput, contactId: contact?.id ?? null },
    EDIT_FIELDS,
    (row, keys) => {
      for (const key of keys) {
        if (key === 'day') setDay(row.day);
        else if (key === 'channel') setChannel(row.channel);
        else if (key === 'notes') setNotes(row.notes);
        else if (key === 'followUpOn') setFollowUpOn(row.followUpOn ?? '');
        else if (key === 'mentionOk') setMentionOk(row.mentionOk);
        else if (key === 'contactId') {
          setPickedId(row.contactId);
          setName(contacts.find((c) => c.id === row.contactId)?.name ?? '');
        }
      }
    },
  );
  const isNew = !contact && sameName.length === 0 && name.trim() !== '';
  const history = useContactCalls(contact?.id ?? null);
  const lastCall = history?.find((c) => c.id !== call?.id && c.day <= todayDay);

  const options: ComboboxOption[] = useMemo(
    () =>
      picked
        ? []
        : suggestContacts(contacts, name).map((c) => ({
            id: c.id,
            label: c.name,
            detail: contactDetail(c) || undefined,
          })),
    [contacts, name, picked],
  );

  const clear = (key: FieldKey) => {
    if (errors[key] || errors.form) setErrors({});
  };

  // A call kept after its contact was deleted: it may stay with no one, or be given a name.
  const withNoOne = call !== null && call.contactId === null && name.trim() === '';
  const nameHint = withNoOne
    ? `With ${DELETED_CONTACT}. Leave empty to keep it so, or enter who it was with.`
    : contact
      ? [
          contactDetail(contact) || 'Contact',
          lastCall ? `last call ${dayLabel(lastCall.day)}` : 'no call logged yet',
        ].join(' · ')
      : sameName.length > 1
        ? `${sameName.length} contacts have this name: pick one from the list.`
        : isNew && options.length > 0
          ? 'Pick someone from the list, or keep typing to add someone new.'
          : isNew
            ? 'New contact: they will be added to your contacts.'
            : 'Start typing to pick someone you know, or enter a new name.';

  const validDay = isDay(day) ? day : todayDay;
  // The date pickers open inside the window too (typed dates are checked on Save).
  const dateWindow = callDayWindow(todayDay);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<FieldKey, string>> = {};
    if (withNoOne) {
      // Kept with no one: nothing to check about the name.
    } else if (!name.trim()) next.name = 'Enter a name, or pick someone from the list.';
    else if (name.trim().length > CONTACT_NAME_MAX)
      next.name = `A name can be at most ${CONTACT_NAME_MAX} characters.`;
    else if (!contact && sameName.length > 1)
      next.name = `${sameName.length} contacts are called “${name.trim()}”. Pick one from the list.`;
    // The same checks as the write's (a date already saved on the call is left alone).
    const dates = callDateProblems(
      { day: isDay(day) ? day : null, followUpOn: isDay(followUpOn) ? followUpOn : null },
      todayDay,
      call ?? undefined,
    );
    if (!isDay(day)) next.day = 'Enter the date of the call.';
    else if (dates.day) next.day = dates.day;
    if (followUpOn && !isDay(followUpOn)) next.followUpOn = 'Enter a real date, or leave it empty.';
    else if (dates.followUpOn) next.followUpOn = dates.followUpOn;
    if (Object.keys(next).length) return setErrors(next);

    const input = {
      contactId: contact?.id ?? null,
      newContact:
        contact || withNoOne ? null : { name, title, company, roleType: roleType || null },
      call: callInput,
    };
    await run(
      () =>
        call
          ? updateCall(call.id, input, todayDay, edit.since)
          : logCall({ ...input, followUpOf: followUpOf ?? null }, todayDay),
      failed,
    );
  }

  function onDelete() {
    if (call) void run(() => deleteCall(call.id), failed);
  }

  return (
    <Dialog title={call ? 'Edit call' : 'Log a call'} onClose={onClose}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="call" />
        {followUpOf ? (
          <p className={styles.dialogFacts}>Saving this call marks the follow-up done.</p>
        ) : null}
        <Combobox
          label="Name"
          listLabel="Matching contacts"
          value={name}
          onValueChange={(v) => {
            setName(v);
            setPickedId(null);
            clear('name');
          }}
          options={options}
          onPick={(o) => {
            const c = contacts.find((x) => x.id === o.id);
            setName(o.label);
            setPickedId(o.id);
            if (c && !call) setMentionOk(c.mentionOk);
            clear('name');
          }}
          hint={nameHint}
          error={errors.name}
          autoFocus={!preset}
        />
        {name.trim() ? (
          <div className={styles.quick}>
            <Button size="small" variant="ghost" onClick={() => setDrafting(true)}>
              Draft a message
            </Button>
          </div>
        ) : null}
        {isNew && options.length === 0 ? (
          <fieldset className={styles.newContact}>
            <legend>New contact (optional details)</legend>
            <div className={styles.grid2}>
              <TextField
                label="Title"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                error={errors.title}
                autoComplete="off"
              />
              <TextField
                label="Company"
                value={company}
                onChange={(e) => setCompany(e.target.value)}
                error={errors.company}
                autoComplete="off"
              />
            </div>
            <RoleTypeField value={roleType} onChange={setRoleType} error={errors.roleType} />
          </fieldset>
        ) : null}
        <TextField
          label="Date"
          type="date"
          value={day}
          min={dateWindow.earliest}
          max={dateWindow.latest}
          onChange={(e) => {
            setDay(e.target.value);
            clear('day');
          }}
          error={errors.day}
          hint={
            isDay(day) && day > todayDay
              ? 'After today: saved as a planned call. It counts once its day comes.'
              : undefined
          }
          data-autofocus={preset ? '' : undefined}
        />
        <fieldset className={styles.channels}>
          <legend>Channel</legend>
          <div className={styles.segments}>
            {CALL_CHANNELS.map((c) => (
              <label key={c} className={styles.segment}>
                <input
                  type="radio"
                  name="channel"
                  value={c}
                  checked={channel === c}
                  onChange={() => setChannel(c)}
                />
                <span>{CHANNEL_LABELS[c]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <details className={styles.checklist}>
          <summary>Call checklist: what to ask, and what not to</summary>
          <div>
            <CallChecklist headingLevel={4} />
          </div>
        </details>
        <TextAreaField
          label="Notes"
          optional
          value={notes}
          onChange={(e) => {
            setNotes(e.target.value);
            clear('notes');
          }}
          error={errors.notes}
          rows={3}
          hint="What you learned, what they suggested, who else to talk to."
        />
        <TextField
          label="Follow up on"
          optional
          type="date"
          value={followUpOn}
          min={isDay(day) ? day : dateWindow.earliest}
          max={dateWindow.latest}
          onChange={(e) => {
            setFollowUpOn(e.target.value);
            clear('followUpOn');
          }}
          error={errors.followUpOn}
          hint="A thank-you, a CV to send, an introduction to chase."
        />
        <div className={styles.quick} role="group" aria-label="Quick follow-up choices">
          {FOLLOW_UP_CHOICES.map((q) => (
            <Button
              key={q.weeks}
              size="small"
              variant="ghost"
              aria-pressed={followUpOn === addDays(validDay, q.weeks * 7)}
              onClick={() => {
                setFollowUpOn(addDays(validDay, q.weeks * 7));
                clear('followUpOn');
              }}
            >
              {q.label}
            </Button>
          ))}
          {followUpOn ? (
            <Button size="small" variant="ghost" onClick={() => setFollowUpOn('')}>
              No follow-up
            </Button>
          ) : null}
        </div>
        <CheckboxField
          label="OK to mention them when applying"
          checked={mentionOk}
          onChange={(e) => setMentionOk(e.target.checked)}
        />
        <SaveActions onCancel={onClose} onDelete={call ? onDelete : undefined} busy={busy} />
      </form>
      {drafting ? (
        <Suspense fallback={null}>
          <DraftMessageDialog
            contact={
              contact ?? {
                name,
                title,
                company,
                roleType: roleType === '' ? null : roleType,
              }
            }
            onClose={() => setDrafting(false)}
          />
        </Suspense>
      ) : null}
    </Dialog>
  );
}
