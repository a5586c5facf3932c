import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { dayLabel, dayLabelWithWeekday } from '../../domain/calendar';
import { plural } from '../../domain/counts';
import { CHANNEL_LABELS } from '../../domain/networking/channels';
import {
  deleteContactQuestion,
  historyByContact,
  nextCheckIn,
} from '../../domain/networking/contacts';
import { CHECK_IN_CHOICES, CONTACT_NAME_MAX, HOW_WE_MET_MAX } from '../../domain/networking/limits';
import { contactsNamed, normalizeText } from '../../domain/networking/search';
import { ROLE_TYPE_LABELS, type RoleTypeId } from '../../domain/roleTypes';
import type { Call, Contact } from '../../domain/schema/networking';
import { isHttpUrl, LINKEDIN_EXAMPLE, webAddress, webAddressProblem } from '../../domain/url';
import { WebLink } from '../../ui/WebLink';
import { useContactCalls } from '../../db/calls';
import {
  addContact,
  deleteContact,
  updateContact,
  useContact,
  useContacts,
} from '../../db/contacts';
import { openCallDialog } from '../../state/callDialog';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorFor, FormError, SaveActions, useDialogWrite } from '../../ui/DialogForm';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import { useToday } from '../../ui/useToday';
import { contactDetail } from './contactText';
import { GoneDialog } from './GoneDialog';
import { RoleTypeField } from './RoleFilter';
import styles from './Networking.module.css';

export interface ContactDialogProps {
  /** Null to add someone new. */
  contactId: string | null;
  onClose: () => void;
}

export function ContactDialog({ contactId, onClose }: ContactDialogProps) {
  const contact = useContact(contactId);
  const calls = useContactCalls(contactId);
  if (contact === undefined || calls === undefined) return null;
  if (contactId && contact === null) {
    return <GoneDialog title="Edit contact" what="contact" onClose={onClose} />;
  }
  return <ContactForm contact={contact} calls={calls} onClose={onClose} />;
}

type FieldKey =
  | 'name'
  | 'title'
  | 'company'
  | 'roleType'
  | 'linkedInUrl'
  | 'howWeMet'
  | 'notes'
  | 'checkInWeeks'
  | 'form';
const FIELDS: readonly FieldKey[] = [
  'name',
  'title',
  'company',
  'roleType',
  'linkedInUrl',
  'howWeMet',
  'notes',
  'checkInWeeks',
];

const EDIT_FIELDS: readonly EditField<Contact>[] = [
  { key: 'name', label: 'Name' },
  { key: 'title', label: 'Title' },
  { key: 'company', label: 'Company' },
  {
    key: 'roleType',
    label: 'Role type',
    show: (r) => (r ? ROLE_TYPE_LABELS[r as RoleTypeId] : 'empty'),
  },
  { key: 'linkedInUrl', label: 'LinkedIn URL' },
  { key: 'howWeMet', label: 'How you met / introduced by' },
  { key: 'notes', label: 'Notes' },
  { key: 'mentionOk', label: 'OK to mention them when applying' },
  {
    key: 'checkInWeeks',
    label: 'Check in every',
    show: (w) => (w ? `${String(w)} weeks` : 'never'),
  },
];

function ContactForm({
  contact,
  calls,
  onClose,
}: {
  contact: Contact | null;
  calls: readonly Call[];
  onClose: () => void;
}) {
  const todayDay = useToday();
  const [name, setName] = useState(contact?.name ?? '');
  const [title, setTitle] = useState(contact?.title ?? '');
  const [company, setCompany] = useState(contact?.company ?? '');
  const [roleType, setRoleType] = useState<RoleTypeId | ''>(contact?.roleType ?? '');
  const [linkedInUrl, setLinkedInUrl] = useState(contact?.linkedInUrl ?? '');
  const [howWeMet, setHowWeMet] = useState(contact?.howWeMet ?? '');
  const [notes, setNotes] = useState(contact?.notes ?? '');
  const [mentionOk, setMentionOk] = useState(contact?.mentionOk ?? false);
  const [checkIn, setCheckIn] = useState(contact?.checkInWeeks ? String(contact.checkInWeeks) : '');
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  // A name another contact already has is asked about once (two people may share a name, but
  // more often it is the same person added twice, their calls then split between two entries).
  const contacts = useContacts();
  const [sameNameSaid, setSameNameSaid] = useState<string | null>(null);
  const input = {
    name,
    title,
    company,
    roleType: roleType || null,
    linkedInUrl,
    howWeMet,
    notes,
    mentionOk,
    checkInWeeks: checkIn ? Number(checkIn) : null,
  };
  const edit = useEditSince(contact, input, EDIT_FIELDS, (row, keys) => {
    for (const key of keys) {
      if (key === 'name') setName(row.name);
      else if (key === 'title') setTitle(row.title);
      else if (key === 'company') setCompany(row.company);
      else if (key === 'roleType') setRoleType(row.roleType ?? '');
      else if (key === 'linkedInUrl') setLinkedInUrl(row.linkedInUrl);
      else if (key === 'howWeMet') setHowWeMet(row.howWeMet);
      else if (key === 'notes') setNotes(row.notes);
      else if (key === 'mentionOk') setMentionOk(row.mentionOk);
      else if (key === 'checkInWeeks') setCheckIn(row.checkInWeeks ? String(row.checkInWeeks) : '');
    }
  });
  const { busy, run } = useDialogWrite(onClose);
  const failed = (err: unknown) => setErrors(errorFor(err, FIELDS));

  const history = historyByContact(calls, todayDay).get(contact?.id ?? '');
  const next = contact
    ? nextCheckIn({ ...contact, checkInWeeks: checkIn ? Number(checkIn) : null }, history)
    : null;
  const choices: number[] = [...CHECK_IN_CHOICES];
  if (contact?.checkInWeeks && !choices.includes(contact.checkInWeeks))
    choices.push(contact.checkInWeeks);
  choices.sort((a, b) => a - b);

  const clear = (key: FieldKey) => {
    if (errors[key] || errors.form) setErrors({});
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<FieldKey, string>> = {};
    if (!name.trim()) next.name = 'Enter a name.';
    else if (name.trim().length > CONTACT_NAME_MAX)
      next.name = `A name can be at most ${CONTACT_NAME_MAX} characters.`;
    if (webAddress(linkedInUrl) === null)
      next.linkedInUrl = webAddressProblem('LinkedIn URL', LINKEDIN_EXAMPLE);
    const renamed = !contact || normalizeText(contact.name) !== normalizeText(name);
    const namesake = renamed
      ? contactsNamed(contacts ?? [], name).find((c) => c.id !== contact?.id)
      : undefined;
    if (!next.name && namesake && sameNameSaid !== normalizeText(name)) {
      const detail = contactDetail(namesake);
      next.name = `You already have a contact called “${namesake.name.trim()}”${detail ? ` (${detail})` : ''}. If this is someone else, Save again; if it is them, Cancel and open their entry.`;
      setSameNameSaid(normalizeText(name));
    }
    if (Object.keys(next).length) return setErrors(next);
    await run(
      () => (contact ? updateContact(contact.id, input, edit.since) : addContact(input)),
      failed,
    );
  }

  // With any calls Delete asks first: their calls stay in the history unless the user chooses
  // to delete them too. The question sits above the buttons (like the dialog's own "Close without saving?") with focus on
  // Keep; pressing Delete again only goes back to Keep, so a double click does not answer it.
  const questionId = useId();
  const [askingToDelete, setAskingToDelete] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const beforeAsking = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!askingToDelete) return;
    // The whole question into view, its last choice too: on a phone, scrolling to Keep alone left
    // "Delete their call too" under the dialog's Cancel / Save bar.
    const keep = keepRef.current;
    (keep?.closest('[role="group"]') ?? keep)?.scrollIntoView?.({ block: 'nearest' });
    keep?.focus({ preventScroll: true });
  }, [askingToDelete]);

  function onDelete() {
    if (!contact) return;
    if (askingToDelete) return keepRef.current?.focus();
    if (calls.length > 0) {
      const active = document.activeElement;
      beforeAsking.current = active instanceof HTMLElement ? active : null;
      return setAskingToDelete(true);
    }
    void run(() => deleteContact(contact.id), failed);
  }

  function deleteAsked(calls: 'keep' | 'delete') {
    if (contact) void run(() => deleteContact(contact.id, { calls }), failed);
  }

  function keepContact() {
    setAskingToDelete(false);
    beforeAsking.current?.focus();
  }

  function logCall() {
    if (!contact) return;
    onClose();
    openCallDialog({ mode: 'log', contactId: contact.id });
  }

  return (
    <Dialog title={contact ? 'Edit contact' : 'Add contact'} onClose={onClose} wide>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="contact" />
        <div className={styles.grid2}>
          <TextField
            label="Name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              clear('name');
            }}
            error={errors.name}
            autoComplete="off"
            data-autofocus=""
          />
          <RoleTypeField value={roleType} onChange={setRoleType} error={errors.roleType} />
          <TextField
            label="Title"
            optional
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={errors.title}
            autoComplete="off"
          />
          <TextField
            label="Company"
            optional
            value={company}
            onChange={(e) => setCompany(e.target.value)}
            error={errors.company}
            autoComplete="off"
          />
        </div>
        <TextField
          label="LinkedIn URL"
          optional
          type="url"
          inputMode="url"
          value={linkedInUrl}
          onChange={(e) => {
            setLinkedInUrl(e.target.value);
            clear('linkedInUrl');
          }}
          error={errors.linkedInUrl}
          placeholder={LINKEDIN_EXAMPLE}
          autoComplete="off"
          hint={
            contact?.linkedInUrl && isHttpUrl(contact.linkedInUrl) ? (
              <WebLink href={contact.linkedInUrl}>Open their profile</WebLink>
            ) : undefined
          }
        />
        <TextField
          label="How you met / introduced by"
          optional
          value={howWeMet}
          onChange={(e) => setHowWeMet(e.target.value)}
          error={errors.howWeMet}
          hint={`Who put you in touch, or where you met (up to ${HOW_WE_MET_MAX} characters).`}
          autoComplete="off"
        />
        <TextAreaField
          label="Notes"
          optional
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={errors.notes}
          rows={3}
        />
        <div className={styles.grid2}>
          <SelectField
            label="Check in every"
            value={checkIn}
            onChange={(e) => setCheckIn(e.target.value)}
            error={errors.checkInWeeks}
            hint={
              next
                ? `Next check-in ${dayLabel(next.day)}, counted from the ${next.basis === 'call' ? 'last call' : next.basis === 'check-in' ? 'last check-in' : 'day you added them'}.`
                : history?.nextPlanned && checkIn
                  ? `A call is planned for ${dayLabel(history.nextPlanned)}.`
                  : 'Counted from your last call, so logging a call moves it.'
            }
          >
            <option value="">No reminder</option>
            {choices.map((w) => (
              <option key={w} value={String(w)}>
                {plural(w, 'week')}
              </option>
            ))}
          </SelectField>
          <div className={styles.checkCell}>
            <CheckboxField
              label="OK to mention them when applying"
              checked={mentionOk}
              onChange={(e) => setMentionOk(e.target.checked)}
            />
          </div>
        </div>

        {contact ? (
          <section className={styles.history} aria-labelledby="history-heading">
            <div className={styles.panelHead}>
              <h3 id="history-heading" className={styles.historyTitle}>
                Calls with {contact.name} <span className={styles.dueCount}>({calls.length})</span>
              </h3>
              <Button size="small" onClick={logCall}>
                Log call with {contact.name}
              </Button>
            </div>
            {calls.length === 0 ? (
              <p className={styles.small}>No calls logged with them yet.</p>
            ) : (
              <ol className={styles.historyList}>
                {calls.map((c) => (
                  <li key={c.id}>
                    <div className={styles.historyHead}>
                      <span className={styles.historyWhen}>
                        {dayLabelWithWeekday(c.day)} · {CHANNEL_LABELS[c.channel]}
                        {c.day > todayDay ? (
                          <>
                            {' '}
                            <Badge tone="info">Planned</Badge>
                          </>
                        ) : null}
                      </span>
                      <Button
                        size="small"
                        variant="ghost"
                        aria-label={`Edit the call on ${dayLabel(c.day)}`}
                        onClick={() => {
                          onClose();
                          openCallDialog({ mode: 'edit', callId: c.id });
                        }}
                      >
                        Edit
                      </Button>
                    </div>
                    {c.notes ? <span className={styles.historyNotes}>{c.notes}</span> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ) : null}

        {contact && askingToDelete ? (
          <DeleteQuestion
            id={questionId}
            asked={deleteContactQuestion(contact.name, calls.length)}
            keepRef={keepRef}
            busy={busy}
            onKeep={keepContact}
            onDelete={deleteAsked}
          />
        ) : null}
        <SaveActions onCancel={onClose} onDelete={contact ? onDelete : undefined} busy={busy} />
      </form>
    </Dialog>
  );
}

/** Keep (focused), delete the contact and keep their calls, or delete the calls too. */
function DeleteQuestion({
  id,
  asked,
  keepRef,
  busy,
  onKeep,
  onDelete,
}: {
  id: string;
  asked: ReturnType<typeof deleteContactQuestion>;
  keepRef: RefObject<HTMLButtonElement | null>;
  busy: boolean;
  onKeep: () => void;
  onDelete: (calls: 'keep' | 'delete') => void;
}) {
  return (
    <div
      className={styles.deleteQuestion}
      role="group"
      aria-labelledby={id}
      aria-describedby={`${id}-explain`}
    >
      <p id={id} className={styles.deleteQuestionText}>
        {asked.question}
      </p>
      <p id={`${id}-explain`} className={styles.deleteQuestionExplain}>
        {asked.explain}
      </p>
      <div className={styles.deleteQuestionActions}>
        <Button ref={keepRef} variant="primary" onClick={onKeep}>
          Keep
        </Button>
        <Button variant="danger" onClick={() => onDelete('keep')} disabled={busy}>
          Yes, delete
        </Button>
        <Button variant="ghost" onClick={() => onDelete('delete')} disabled={busy}>
          {asked.deleteCallsToo}
        </Button>
      </div>
    </div>
  );
}
