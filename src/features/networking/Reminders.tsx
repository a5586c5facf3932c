import { useState } from 'react';
import { dayLabel, dayLabelWithWeekday, daysBetween, type Day } from '../../domain/calendar';
import { buildCalendarFile } from '../../domain/calendarExport';
import { messageOf } from '../../domain/errors';
import {
  calendarFileMessage,
  calendarFileName,
  calendarReminders,
  checkInOrigin,
  dueWhen,
  followUpOrigin,
  reminderEvents,
  type DueWhen,
  type Reminder,
} from '../../domain/networking/reminders';
import { DELETED_CONTACT } from '../../domain/networking/contacts';
import type { Contact } from '../../domain/schema/networking';
import { setFollowUpDone } from '../../db/calls';
import { markCheckInDone } from '../../db/contacts';
import { openCallDialog } from '../../state/callDialog';
import { useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import styles from './Networking.module.css';
import { plural } from '../../domain/counts';

interface RemindersProps {
  reminders: readonly Reminder[];
  contactsById: ReadonlyMap<string, Contact>;
  today: Day;
  onOpenContact: (id: string) => void;
}

const GROUPS: { when: Exclude<DueWhen, 'later'>; title: string }[] = [
  { when: 'overdue', title: 'Overdue' },
  { when: 'today', title: 'Today' },
  { when: 'this-week', title: 'Later this week' },
];

/** Follow-ups and check-ins that are due, each one click from done or from logging the call. */
export function Reminders({ reminders, contactsById, today, onOpenContact }: RemindersProps) {
  const [busy, setBusy] = useState(false);
  const nameOf = (id: string) => contactsById.get(id)?.name ?? DELETED_CONTACT;
  const grouped = new Map<DueWhen, Reminder[]>();
  for (const r of reminders) {
    const when = dueWhen(r.day, today);
    grouped.set(when, [...(grouped.get(when) ?? []), r]);
  }
  const later = grouped.get('later') ?? [];
  const dueCount = reminders.length - later.length;

  async function download() {
    if (busy) return;
    const feedback = useFeedback.getState();
    const { ahead, leftOut } = calendarReminders(reminders, today);
    const message = calendarFileMessage(ahead.length, leftOut);
    if (ahead.length === 0) {
      feedback.told(message);
      return;
    }
    setBusy(true);
    try {
      const text = await buildCalendarFile(reminderEvents(ahead, nameOf), 'Pivotboard follow-ups');
      downloadText(calendarFileName(today), text, 'text/calendar');
      feedback.told(message);
    } catch (e) {
      feedback.failed(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.panel} aria-labelledby="due-heading">
      <div className={styles.panelHead}>
        <h2 id="due-heading" className={styles.panelTitle}>
          Follow-ups and check-ins
        </h2>
        <Button size="small" onClick={() => void download()} disabled={busy}>
          Download calendar file (.ics)
        </Button>
      </div>
      {reminders.length === 0 ? (
        <p className={styles.empty}>
          Nothing to follow up yet. When you log a call, add a “Follow up on” date; on a contact,
          choose how often to check in.
        </p>
      ) : dueCount === 0 ? (
        <p className={styles.empty}>Nothing due this week.</p>
      ) : null}
      {GROUPS.map(({ when, title }) => {
        const items = grouped.get(when);
        return items?.length ? (
          <DueGroup
            key={when}
            when={when}
            title={title}
            items={items}
            nameOf={nameOf}
            today={today}
            onOpenContact={onOpenContact}
          />
        ) : null;
      })}
      {later.length > 0 && later[0] ? (
        <p className={styles.small}>
          {later.length} more later; next on {dayLabel(later[0].day)} (
          {later[0].kind === 'follow-up' ? 'follow up with' : 'check in with'}{' '}
          {nameOf(later[0].contactId)}).
        </p>
      ) : null}
    </section>
  );
}

/** A long overdue list would bury everything else: the first few, and the rest on request. */
const GROUP_LIMIT = 5;

interface DueGroupProps {
  when: DueWhen;
  title: string;
  items: readonly Reminder[];
  nameOf: (id: string) => string;
  today: Day;
  onOpenContact: (id: string) => void;
}

function DueGroup({ when, title, items, nameOf, today, onOpenContact }: DueGroupProps) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, GROUP_LIMIT);
  return (
    <div className={styles.dueGroup}>
      <h3 className={`${styles.dueTitle} ${when === 'overdue' ? styles.dueOverdue : ''}`}>
        {title} <span className={styles.dueCount}>({items.length})</span>
      </h3>
      <ul className={styles.dueList}>
        {shown.map((r) => (
          <ReminderItem
            key={r.key}
            reminder={r}
            name={nameOf(r.contactId)}
            today={today}
            onOpenContact={onOpenContact}
          />
        ))}
      </ul>
      {items.length > GROUP_LIMIT ? (
        <Button variant="ghost" size="small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all
            ? `Show only the first ${GROUP_LIMIT}`
            : `Show all ${items.length} (${title.toLowerCase()})`}
        </Button>
      ) : null}
    </div>
  );
}

function dueText(day: Day, today: Day): string {
  const when = dueWhen(day, today);
  if (when === 'today') return 'Due today';
  if (when === 'overdue') {
    const late = daysBetween(day, today);
    return `Was due ${dayLabel(day)} (${late === 1 ? 'yesterday' : `${plural(late, 'day')} ago`})`;
  }
  return `Due ${dayLabelWithWeekday(day)}`;
}

function ReminderItem({
  reminder: r,
  name,
  today,
  onOpenContact,
}: {
  reminder: Reminder;
  name: string;
  today: Day;
  onOpenContact: (id: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const what = `${r.kind === 'follow-up' ? 'follow-up' : 'check-in'} with ${name}`;

  async function done() {
    if (busy) return;
    setBusy(true);
    try {
      const step =
        r.kind === 'follow-up'
          ? await setFollowUpDone(r.callId, today)
          : await markCheckInDone(r.contactId, today);
      useFeedback.getState().written(step);
    } catch (e) {
      useFeedback.getState().failed(messageOf(e));
      setBusy(false);
    }
  }

  return (
    <li className={styles.due}>
      <div className={styles.dueText}>
        <span>
          {r.kind === 'follow-up' ? 'Follow up with ' : 'Check in with '}
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => onOpenContact(r.contactId)}
          >
            {name}
          </button>
        </span>
        <span className={styles.dueMeta}>
          {dueText(r.day, today)} · {r.kind === 'follow-up' ? followUpOrigin(r) : checkInOrigin(r)}
        </span>
      </div>
      <div className={styles.dueActions}>
        <Button
          size="small"
          aria-label={`Done: ${what}`}
          onClick={() => void done()}
          disabled={busy}
        >
          Done
        </Button>
        <Button
          size="small"
          variant="ghost"
          aria-label={`Log call: ${what}`}
          onClick={() =>
            openCallDialog({
              mode: 'log',
              contactId: r.contactId,
              followUpOf: r.kind === 'follow-up' ? r.callId : undefined,
            })
          }
        >
          Log call
        </Button>
      </div>
    </li>
  );
}
