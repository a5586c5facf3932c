import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { dayLabel, dayLabelWithWeekday, type Day } from '../../domain/calendar';
import { formatCount, plural } from '../../domain/counts';
import { CALL_CHANNELS, CHANNEL_LABELS } from '../../domain/networking/channels';
import { DELETED_CONTACT } from '../../domain/networking/contacts';
import { matchesQuery, searchText } from '../../domain/networking/search';
import { capitalize } from '../../domain/wording';
import type { Call, Contact } from '../../domain/schema/networking';
import { openCallDialog } from '../../state/callDialog';
import { useNetworkingFilters } from '../../state/networkingFilters';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { FilterBar, FilterCount, FilterSearch, FilterSelect } from '../../ui/Filters';
import { VirtualList } from '../../ui/VirtualList';
import { contactDetail } from './contactText';
import { RoleFilterSelect, roleMatches } from './RoleFilter';
import { useHaystacks } from './useHaystacks';
import styles from './Networking.module.css';

interface CallListProps {
  calls: readonly Call[];
  /** `calls` are only the newest, shown while the whole list loads. */
  loading?: boolean;
  contactsById: ReadonlyMap<string, Contact>;
  today: Day;
  onOpenContact: (id: string) => void;
}

const callKey = (r: CallRowData) => r.call.id;

interface CallRowData {
  call: Call;
  contact: Contact | undefined;
}

const callText = ({ call, contact }: CallRowData) =>
  contact
    ? searchText(contact.name, contact.company, contact.title, call.notes)
    : searchText(DELETED_CONTACT, call.notes);

export function CallList({
  calls,
  loading = false,
  contactsById,
  today,
  onOpenContact,
}: CallListProps) {
  const query = useNetworkingFilters((s) => s.callQuery);
  const channel = useNetworkingFilters((s) => s.callChannel);
  const role = useNetworkingFilters((s) => s.callRole);
  const changed = useNetworkingFilters((s) => s.callFiltersChanged);
  const cleared = useNetworkingFilters((s) => s.callFiltersCleared);
  const deferredQuery = useDeferredValue(query);

  // The text to search is built once per data change, not on every keystroke.
  const rows = useMemo<CallRowData[]>(
    () =>
      calls.map((call) => {
        const contact = call.contactId === null ? undefined : contactsById.get(call.contactId);
        return {
          call,
          contact,
        };
      }),
    [calls, contactsById],
  );
  const haystacks = useHaystacks(rows, callText, deferredQuery.trim() !== '');
  const visible = useMemo(
    () =>
      rows.filter(
        (r) =>
          (channel === 'all' || r.call.channel === channel) &&
          roleMatches(role, r.contact?.roleType) &&
          (!haystacks || matchesQuery(haystacks.get(r) ?? '', deferredQuery)),
      ),
    [rows, channel, role, deferredQuery, haystacks],
  );
  const filtered = query.trim() !== '' || channel !== 'all' || role !== 'all';

  const renderItem = useCallback(
    (r: CallRowData) => (
      <CallRow call={r.call} contact={r.contact} today={today} onOpenContact={onOpenContact} />
    ),
    [today, onOpenContact],
  );

  return (
    <section className={styles.listSection} aria-labelledby="calls-heading">
      <div className={styles.panelHead}>
        <h2 id="calls-heading" className={styles.panelTitle}>
          Calls
        </h2>
      </div>
      {calls.length === 0 && loading ? (
        <p className={styles.empty}>Loading your calls…</p>
      ) : calls.length === 0 ? (
        <p className={styles.empty}>
          No calls logged yet. After each conversation, log it with the button at the top: it takes
          a few seconds.
        </p>
      ) : (
        <>
          <FilterBar label="Filter calls">
            <FilterSearch
              label="Search calls"
              value={query}
              placeholder="Name, company or notes"
              onChange={(v) => changed({ callQuery: v })}
            />
            <FilterSelect
              label="Channel"
              value={channel}
              onChange={(v) => changed({ callChannel: v })}
            >
              <option value="all">All channels</option>
              {CALL_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </FilterSelect>
            <RoleFilterSelect value={role} onChange={(v) => changed({ callRole: v })} />
          </FilterBar>
          {loading ? (
            <p className={styles.loadingCount} role="status">
              The newest calls; loading the rest…
            </p>
          ) : (
            <FilterCount
              shown={formatCount(visible.length)}
              total={plural(calls.length, 'call')}
              filtered={filtered}
              onClear={cleared}
            />
          )}
          {visible.length === 0 ? (
            <p className={styles.empty}>No calls match. Try fewer words, or Show all.</p>
          ) : (
            <>
              {visible.length > SKIP_AFTER ? (
                // Each call is two stops for Tab: with thousands, a way past them to the contacts.
                <button
                  type="button"
                  className={styles.skipList}
                  onClick={() => document.getElementById('contacts-heading')?.focus()}
                >
                  Skip the {plural(visible.length, 'call')} to Contacts
                </button>
              ) : null}
              <VirtualList
                items={visible}
                getKey={callKey}
                renderItem={renderItem}
                label="Calls, newest first"
                estimateSize={92}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Calls in view before a way past the list is offered. */
const SKIP_AFTER = 10;

const CallRow = memo(function CallRow({
  call,
  contact,
  today,
  onOpenContact,
}: {
  call: Call;
  contact: Contact | undefined;
  today: Day;
  onOpenContact: (id: string) => void;
}) {
  const name = contact?.name ?? DELETED_CONTACT;
  const planned = call.day > today;
  const detail = contact ? contactDetail(contact) : '';
  return (
    <article className={styles.row}>
      <div className={styles.rowMain}>
        <p className={styles.rowWhen}>
          {dayLabelWithWeekday(call.day)}
          {planned ? <Badge tone="info">Planned</Badge> : null}
        </p>
        <p className={styles.rowWho}>
          {contact ? (
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => onOpenContact(contact.id)}
            >
              {name}
            </button>
          ) : (
            <span className={styles.deletedContact}>{capitalize(DELETED_CONTACT)}</span>
          )}
          {detail ? <span className={styles.rowDetail}> · {detail}</span> : null}
        </p>
        <div className={styles.badges}>
          <Badge>{CHANNEL_LABELS[call.channel]}</Badge>
          {call.mentionOk ? <Badge tone="ok">OK to mention</Badge> : null}
          {/* A follow-up with a deleted contact is no longer asked for; one done still shows. */}
          {call.followUpOn && (contact || call.followUpDoneOn) ? (
            call.followUpDoneOn ? (
              <Badge tone="ok">Followed up</Badge>
            ) : (
              <Badge tone={call.followUpOn < today ? 'danger' : 'warn'}>
                Follow up {dayLabel(call.followUpOn)}
              </Badge>
            )
          ) : null}
        </div>
        {call.notes ? <p className={styles.rowNotes}>{call.notes}</p> : null}
      </div>
      <Button
        size="small"
        variant="ghost"
        aria-label={`Edit call with ${name} on ${dayLabel(call.day)}`}
        onClick={() => openCallDialog({ mode: 'edit', callId: call.id })}
      >
        Edit
      </Button>
    </article>
  );
});
