import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { Plan } from '../../domain/schema/plan';
import { PageHeader } from '../../ui/PageHeader';
import { ZonesPanel } from './ZonesPanel';
import styles from './Playbook.module.css';

const ProfilePanel = lazy(() =>
  import('./ProfilePanel').then((m) => ({ default: m.ProfilePanel })),
);
const CallsPanel = lazy(() => import('./CallsPanel').then((m) => ({ default: m.CallsPanel })));

const SECTIONS = [
  { id: 'zones', path: '#/playbook', label: 'Landing zones' },
  { id: 'profile', path: '#/playbook/profile', label: 'Headline and CV' },
  { id: 'calls', path: '#/playbook/calls', label: 'Calls and messages' },
] as const;
type Section = (typeof SECTIONS)[number]['id'];

function sectionFromHash(hash: string): Section {
  const sub = hash.replace(/^#\/?playbook\/?/, '').split(/[/?]/)[0] ?? '';
  return sub === 'profile' || sub === 'calls' ? sub : 'zones';
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The part of the playbook in the address: #/playbook, #/playbook/profile, #/playbook/calls. */
function useSection(): Section {
  return useSyncExternalStore(
    subscribe,
    () => sectionFromHash(window.location.hash),
    () => 'zones' as Section,
  );
}

/** The playbook: where the work of the plan is done, filled with the user's own data. */
export function PlaybookScreen({ plan }: { plan: Plan }) {
  const section = useSection();
  return (
    <div className={styles.page}>
      <PageHeader title="Playbook">
        The material for each step, made for physicians and filled in with your own details: where
        to land, how to present yourself, and what to say to the people you call.
      </PageHeader>
      <nav aria-label="Playbook sections" className={styles.tabs}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a
                href={s.path}
                className={styles.tab}
                aria-current={s.id === section ? 'page' : undefined}
              >
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'zones' ? <ZonesPanel plan={plan} /> : null}
      <Suspense fallback={<p role="status">Loading…</p>}>
        {section === 'profile' ? <ProfilePanel /> : null}
        {section === 'calls' ? <CallsPanel /> : null}
      </Suspense>
    </div>
  );
}
