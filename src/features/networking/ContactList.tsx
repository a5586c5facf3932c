import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { dayLabel, type Day } from '../../domain/calendar';
import { formatCount, plural } from '../../domain/counts';
import { nextCheckIn, type ContactHistory } from '../../domain/networking/contacts';
import { dueWhen } from '../../domain/networking/reminders';
import { matchesQuery, searchText } from '../../domain/networking/search';
import { roleTypeShort } from '../../domain/roleTypes';
import type { Contact } from '../../domain/schema/networking';
import { isHttpUrl } from '../../domain/url';
import { WebLink } from '../../ui/WebLink';
import { useNetworkingFilters, type ContactSort } from '../../state/networkingFilters';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { FilterBar, FilterCheck, FilterCount, FilterSearch, FilterSelect } from '../../ui/Filters';
import { VirtualList } from '../../ui/VirtualList';
import { contactDetail } from './contactText';
import { RoleFilterSelect, roleMatches } from './RoleFilter';
import { useHaystacks } from './useHaystacks';
import styles from './Networking.module.css';

interface ContactListProps {
  contacts: readonly Contact[];
  histories: ReadonlyMap<string, ContactHistory>;
  today: Day;
  onOpenContact: (id: string) => void;
  onDraftMessage: (id: string) => void;
}

const contactKey = (r: ContactRowData) => r.contact.id;

interface ContactRowData {
  contact: Contact;
  history: ContactHistory | undefined;
  checkIn: Day | null;
}

const contactText = ({ contact: c }: ContactRowData) =>
  searchText(c.name, c.company, c.title, c.howWeMet, c.notes);

const NO_DAY = '0000-00-00';
const FAR_DAY = '9999-99-99';

export function ContactList({
  contacts,
  histories,
  today,
  onOpenContact,
  onDraftMessage,
}: ContactListProps) {
  const query = useNetworkingFilters((s) => s.contactQuery);
  const role = useNetworkingFilters((s) => s.contactRole);
  const mentionOnly = useNetworkingFilters((s) => s.contactMentionOnly);
  const sort = useNetworkingFilters((s) => s.contactSort);
  const changed = useNetworkingFilters((s) => s.contactFiltersChanged);
  const cleared = useNetworkingFilters((s) => s.contactFiltersCleared);
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo<ContactRowData[]>(
    () =>
      contacts.map((contact) => {
        const history = histories.get(contact.id);
        return {
          contact,
          history,
          checkIn: nextCheckIn(contact, history)?.day ?? null,
        };
      }),
    [contacts, histories],
  );
  const haystacks = useHaystacks(rows, contactText, deferredQuery.trim() !== '');
  const visible = useMemo(() => {
    const out = rows.filter(
      (r) =>
        roleMatches(role, r.contact.roleType) &&
        (!mentionOnly || r.contact.mentionOk) &&
        (!haystacks || matchesQuery(haystacks.get(r) ?? '', deferredQuery)),
    );
    // Rows arrive sorted by name; the other orders keep name order among equals (sort is stable).
    if (sort === 'recent')
      out.sort((a, b) => cmpDesc(a.history?.last ?? NO_DAY, b.history?.last ?? NO_DAY));
    if (sort === 'check-in') out.sort((a, b) => cmpAsc(a.checkIn ?? FAR_DAY, b.checkIn ?? FAR_DAY));
    return out;
  }, [rows, role, mentionOnly, deferredQuery, sort, haystacks]);
  const filtered = query.trim() !== '' || role !== 'all' || mentionOnly;

  const renderItem = useCallback(
    (r: ContactRowData) => (
      <ContactRow
        contact={r.contact}
        history={r.history}
        checkIn={r.checkIn}
        today={today}
        onOpen={onOpenContact}
        onDraft={onDraftMessage}
      />
    ),
    [today, onOpenContact, onDraftMessage],
  );

  return (
    <section className={styles.listSection} aria-labelledby="contacts-heading">
      <div className={styles.panelHead}>
        <h2 id="contacts-heading" className={styles.panelTitle} tabIndex={-1}>
          Contacts
        </h2>
      </div>
      {contacts.length === 0 ? (
        <p className={styles.empty}>
          No contacts yet. Logging a call adds the person. To note someone you plan to reach out to,
          use Add contact at the top of this page.
        </p>
      ) : (
        <>
          <FilterBar label="Filter contacts">
            <FilterSearch
              label="Search contacts"
              value={query}
              placeholder="Name, company, notes"
              onChange={(v) => changed({ contactQuery: v })}
            />
            <RoleFilterSelect value={role} onChange={(v) => changed({ contactRole: v })} />
            <FilterSelect<ContactSort>
              label="Sort by"
              value={sort}
              onChange={(v) => changed({ contactSort: v })}
            >
              <option value="name">Name</option>
              <option value="recent">Most recent call</option>
              <option value="check-in">Next check-in</option>
            </FilterSelect>
            <FilterCheck
              label="Only OK to mention"
              checked={mentionOnly}
              onChange={(v) => changed({ contactMentionOnly: v })}
            />
          </FilterBar>
          <FilterCount
            shown={formatCount(visible.length)}
            total={plural(contacts.length, 'contact')}
            filtered={filtered}
            onClear={cleared}
          />
          {visible.length === 0 ? (
            <p className={styles.empty}>No contacts match. Try fewer words, or Show all.</p>
          ) : (
            <VirtualList
              items={visible}
              getKey={contactKey}
              renderItem={renderItem}
              label="Contacts"
              estimateSize={84}
            />
          )}
        </>
      )}
    </section>
  );
}

const cmpAsc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cmpDesc = (a: string, b: string) => cmpAsc(b, a);

interface ContactRowProps {
  contact: Contact;
  history: ContactHistory | undefined;
  checkIn: Day | null;
  today: Day;
  onOpen: (id: string) => void;
  onDraft: (id: string) => void;
}

const ContactRow = memo(function ContactRow({
  contact,
  history,
  checkIn,
  today,
  onOpen,
  onDraft,
}: ContactRowProps) {
  const detail = contactDetail(contact);
  const facts = [
    history?.count ? plural(history.count, 'call') : 'No calls yet',
    history?.last ? `last ${dayLabel(history.last)}` : '',
    history?.nextPlanned ? `planned ${dayLabel(history.nextPlanned)}` : '',
  ].filter(Boolean);
  const checkInWhen = checkIn ? dueWhen(checkIn, today) : null;
  return (
    <article className={styles.row}>
      <div className={styles.rowMain}>
        <p className={styles.rowWho}>
          <button
            type="button"
            id={`contact-${contact.id}`}
            className={styles.linkButton}
            onClick={() => onOpen(contact.id)}
          >
            {contact.name}
          </button>
          {detail ? <span className={styles.rowDetail}> · {detail}</span> : null}
        </p>
        <div className={styles.badges}>
          {contact.roleType ? <Badge tone="accent">{roleTypeShort(contact.roleType)}</Badge> : null}
          {contact.mentionOk ? <Badge tone="ok">OK to mention</Badge> : null}
          {checkIn ? (
            <Badge
              tone={
                checkInWhen === 'overdue' ? 'danger' : checkInWhen === 'later' ? 'neutral' : 'warn'
              }
            >
              Check in {dayLabel(checkIn)}
            </Badge>
          ) : null}
        </div>
        <p className={styles.rowFacts}>
          {facts.join(' · ')}
          {contact.linkedInUrl && isHttpUrl(contact.linkedInUrl) ? (
            <>
              {' · '}
              <WebLink href={contact.linkedInUrl} className={styles.rowLink}>
                LinkedIn<span className="visually-hidden"> profile of {contact.name}</span>
              </WebLink>
            </>
          ) : null}
        </p>
      </div>
      {/* Named alone (the contact's name would make it match every search for them); described by it. */}
      <Button
        size="small"
        variant="ghost"
        onClick={() => onDraft(contact.id)}
        aria-describedby={`contact-${contact.id}`}
      >
        Draft a message
      </Button>
    </article>
  );
});
