import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { historyByContact, remindersOf, weeklyProgress } from '../../domain/networking';
import type { Call, Contact } from '../../domain/schema/networking';
import type { Plan } from '../../domain/schema/plan';
import { useCalls } from '../../db/calls';
import { useContacts } from '../../db/contacts';
import { useSetting } from '../../db/settings';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { useToday } from '../../ui/useToday';
import { CallList } from './CallList';
import { ContactList } from './ContactList';
import { Coverage } from './Coverage';
import { Reminders } from './Reminders';
import { WeekPanel } from './WeekPanel';
import { WeeklyChart } from './WeeklyChart';
import styles from './Networking.module.css';

const ContactDialog = lazy(() =>
  import('./ContactDialog').then((m) => ({ default: m.ContactDialog })),
);

export type ContactDialogState = { mode: 'add' } | { mode: 'edit'; id: string } | null;

export function NetworkingScreen({ plan }: { plan: Plan }) {
  const calls = useCalls();
  const contacts = useContacts();
  const target = useSetting('weeklyCallTarget');
  if (calls === undefined || contacts === undefined || target === undefined) {
    return (
      <div>
        <PageHeader title="Networking" />
        <p role="status">Loading your calls…</p>
      </div>
    );
  }
  return <NetworkingView plan={plan} calls={calls} contacts={contacts} target={target} />;
}

interface ViewProps {
  plan: Plan;
  calls: readonly Call[];
  contacts: readonly Contact[];
  target: number;
}

function NetworkingView({ plan, calls, contacts, target }: ViewProps) {
  const todayDay = useToday();
  const [contactDialog, setContactDialog] = useState<ContactDialogState>(null);

  const contactsById = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const histories = useMemo(() => historyByContact(calls, todayDay), [calls, todayDay]);
  const progress = useMemo(
    () =>
      weeklyProgress(
        calls.map((c) => c.day),
        target,
        todayDay,
        `${plan.startMonth}-01`,
      ),
    [calls, target, todayDay, plan.startMonth],
  );
  const reminders = useMemo(
    () => remindersOf(calls, contacts, histories),
    [calls, contacts, histories],
  );

  const openContact = useCallback((id: string) => setContactDialog({ mode: 'edit', id }), []);

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <PageHeader title="Networking">
          People hire people they have talked to. One or two conversations a week, kept up for a few
          months, is the pace that works.
        </PageHeader>
        <Button onClick={() => setContactDialog({ mode: 'add' })}>Add contact</Button>
      </div>

      <div className={styles.panels}>
        <WeekPanel progress={progress} />
        <Reminders
          reminders={reminders}
          contactsById={contactsById}
          today={todayDay}
          onOpenContact={openContact}
        />
      </div>

      <div className={styles.panels}>
        <WeeklyChart
          series={progress.series}
          target={target}
          today={todayDay}
          planStart={`${plan.startMonth}-01`}
        />
        <Coverage contacts={contacts} />
      </div>

      <CallList
        calls={calls}
        contactsById={contactsById}
        today={todayDay}
        onOpenContact={openContact}
      />
      <ContactList
        contacts={contacts}
        histories={histories}
        today={todayDay}
        onOpenContact={openContact}
      />

      {contactDialog ? (
        <Suspense fallback={null}>
          <ContactDialog
            key={contactDialog.mode === 'edit' ? contactDialog.id : 'add'}
            contactId={contactDialog.mode === 'edit' ? contactDialog.id : null}
            onClose={() => setContactDialog(null)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
