import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { historyByContact } from '../../domain/networking/contacts';
import { remindersOf } from '../../domain/networking/reminders';
import { targetDays, weeklyProgress } from '../../domain/networking/weeklyCount';
import type { Call, Contact } from '../../domain/schema/networking';
import type { Plan } from '../../domain/schema/plan';
import { useCalls, useRecentCalls, type RecentCalls } from '../../db/calls';
import { readMarker } from '../../db/deviceMarker';
import { today, type Day } from '../../domain/calendar';
import { useContacts } from '../../db/contacts';
import { useSetting } from '../../db/settings';
import { Button } from '../../ui/Button';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { useToday } from '../../ui/useToday';
import { CallList } from './CallList';
import { ContactList } from './ContactList';
import { Coverage } from './Coverage';
import { Reminders } from './Reminders';
import { WeekPanel } from './WeekPanel';
import { WeeklyChart } from './WeeklyChart';
import styles from './Networking.module.css';

const DraftMessageDialog = lazy(() =>
  import('./DraftMessageDialog').then((m) => ({ default: m.DraftMessageDialog })),
);
const ContactDialog = lazy(() =>
  import('./ContactDialog').then((m) => ({ default: m.ContactDialog })),
);

export type ContactDialogState = { mode: 'add' } | { mode: 'edit'; id: string } | null;

export function NetworkingScreen({ plan }: { plan: Plan }) {
  // The quick read first: the whole list's waits for it, or it would queue behind that one.
  const recent = useRecentCalls();
  const calls = useCalls(recent !== undefined);
  const contacts = useContacts();
  const target = useSetting('weeklyCallTarget');
  const countMessages = useSetting('countMessages');
  const all =
    calls !== undefined &&
    contacts !== undefined &&
    target !== undefined &&
    countMessages !== undefined
      ? { calls, contacts, target, countMessages }
      : undefined;
  // The screen shows with the log's first rows (a quick read), not a loading line before them.
  if (recent === undefined) return null;
  return <NetworkingView plan={plan} all={all} recent={recent} />;
}

interface ViewProps {
  plan: Plan;
  /** Everything, once read. */
  all:
    | {
        calls: readonly Call[];
        contacts: readonly Contact[];
        target: number;
        countMessages: boolean;
      }
    | undefined;
  /** The newest calls, read first: the log's first rows while the rest loads. */
  recent: RecentCalls;
}

const NO_CALLS: readonly Call[] = [];
const NO_CONTACTS: readonly Contact[] = [];

function NetworkingView({ plan, all, recent }: ViewProps) {
  const todayDay = useToday();
  const [contactDialog, setContactDialog] = useState<ContactDialogState>(null);
  const [draftFor, setDraftFor] = useState<string | null>(null);
  const targets = useSetting('targetRoleTypes');
  const calls = all?.calls ?? NO_CALLS;
  const contacts = all?.contacts ?? NO_CONTACTS;
  const target = all?.target ?? 0;
  const countMessages = all?.countMessages ?? false;

  const contactsById = useMemo(
    () => new Map((all ? contacts : recent.contacts).map((c) => [c.id, c])),
    [all, contacts, recent],
  );
  const histories = useMemo(() => historyByContact(calls, todayDay), [calls, todayDay]);
  // Read once: local storage is not read again on every change to the calls.
  const [firstUse] = useState(firstUseDay);
  const progress = useMemo(
    () =>
      weeklyProgress(
        targetDays(calls, countMessages),
        target,
        todayDay,
        weeksCountFrom(`${plan.startMonth}-01`, firstUse),
      ),
    [calls, countMessages, target, todayDay, plan.startMonth, firstUse],
  );
  const reminders = useMemo(
    () => remindersOf(calls, contacts, histories),
    [calls, contacts, histories],
  );

  const openContact = useCallback((id: string) => setContactDialog({ mode: 'edit', id }), []);
  const draftTo = draftFor ? contactsById.get(draftFor) : undefined;

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <PageHeader title="Networking">
          People hire people they have talked to. One or two conversations a week, kept up for a few
          months, is the pace that works.
        </PageHeader>
        <Button onClick={() => setContactDialog({ mode: 'add' })}>Add contact</Button>
      </div>

      {/* Wide screens: this week beside the log. Phones: one column, this week first. */}
      <div className={styles.layout}>
        <div className={styles.column}>
          {all ? (
            // Worked out from the data: if a part throws, it says so and the lists stay.
            <>
              <SectionBoundary what="This week">
                <WeekPanel progress={progress} countMessages={countMessages} />
              </SectionBoundary>
              <SectionBoundary what="Reminders">
                <Reminders
                  reminders={reminders}
                  contactsById={contactsById}
                  today={todayDay}
                  onOpenContact={openContact}
                />
              </SectionBoundary>
              <SectionBoundary what="The weekly chart">
                <WeeklyChart
                  series={progress.series}
                  target={target}
                  today={todayDay}
                  planStart={`${plan.startMonth}-01`}
                />
              </SectionBoundary>
              <Coverage contacts={contacts} targets={targets ?? []} />
            </>
          ) : (
            <section className={styles.panel} aria-labelledby="week-heading">
              <h2 id="week-heading" className={styles.panelTitle}>
                Weekly calls
              </h2>
              <p role="status" className={styles.empty}>
                Counting your calls…
              </p>
            </section>
          )}
        </div>
        <div className={styles.column}>
          <CallList
            calls={all ? calls : recent.calls}
            loading={!all}
            contactsById={contactsById}
            today={todayDay}
            onOpenContact={openContact}
          />
          {all ? (
            <ContactList
              contacts={contacts}
              histories={histories}
              today={todayDay}
              onOpenContact={openContact}
              onDraftMessage={setDraftFor}
            />
          ) : null}
        </div>
      </div>

      {contactDialog ? (
        <Suspense fallback={null}>
          <ContactDialog
            key={contactDialog.mode === 'edit' ? contactDialog.id : 'add'}
            contactId={contactDialog.mode === 'edit' ? contactDialog.id : null}
            onClose={() => setContactDialog(null)}
          />
        </Suspense>
      ) : null}
      {draftTo ? (
        <Suspense fallback={null}>
          <DraftMessageDialog contact={draftTo} onClose={() => setDraftFor(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The day Pivotboard was first used in this browser, if it is known. */
function firstUseDay(): Day | null {
  const firstUsed = readMarker()?.firstUsedAt;
  const time = firstUsed ? Date.parse(firstUsed) : NaN;
  return Number.isNaN(time) ? null : today(new Date(time));
}

/**
 * Where the weeks against the target start (calls logged earlier start them earlier): the plan's
 * first day, but not before Pivotboard was first used in this browser. Someone who starts using
 * it in the fourth week of their plan has not missed three weeks of calls.
 */
function weeksCountFrom(planStart: Day, firstUse: Day | null): Day {
  return firstUse && firstUse > planStart ? firstUse : planStart;
}
