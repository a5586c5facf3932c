import { useState } from 'react';
import {
  draftMessage,
  MESSAGE_KIND_LABELS,
  THE_ASK,
  type MessageKind,
} from '../../domain/playbook/messages';
import { missingForMessages } from '../../domain/playbook/profile';
import { listJoin } from '../../domain/playbook/text';
import { useSetting } from '../../db/settings';
import { CallChecklist } from '../../ui/CallChecklist';
import { CopyBox } from '../../ui/CopyBox';
import { MessageKindChoice } from '../../ui/MessageKindChoice';
import styles from './Playbook.module.css';

/** The call checklist, the safe ask, and the three messages with the user's details filled in. */
export function CallsPanel() {
  const profile = useSetting('profile');
  const targets = useSetting('targetRoleTypes');
  const [kind, setKind] = useState<MessageKind>('first');
  if (!profile || !targets) return <p role="status">Loading…</p>;
  const missing = missingForMessages(profile);
  const text = draftMessage(kind, { contact: { name: '', roleType: null }, profile, targets });
  return (
    <>
      <section aria-labelledby="call-heading" className={styles.section}>
        <h2 id="call-heading" className={styles.sectionTitle}>
          On the call
        </h2>
        <p className={styles.note}>
          You will not apply your way into industry: people are found through keywords and
          referrals. One or two calls a week, kept up for three to six months, is what brings the
          leads.
        </p>
        <CallChecklist />
        <div className={styles.ask}>
          <h3 className={styles.listTitle}>The ask, the safe way</h3>
          <p>“{THE_ASK}”</p>
          <p className={styles.small}>
            Permission to mention them, at the end of a good conversation. Never “can you get me a
            job?”
          </p>
        </div>
      </section>

      <section aria-labelledby="messages-heading" className={styles.section}>
        <h2 id="messages-heading" className={styles.sectionTitle}>
          Messages
        </h2>
        <p className={styles.note}>
          Draft one from a contact on <a href="#/networking">Networking</a> (Draft a message) to
          have their name in it. Here they are with yours.
          {missing.length > 0 ? (
            <>
              {' '}
              Add {listJoin(missing)} under <a href="#/playbook/profile">About you</a> to fill them
              in.
            </>
          ) : null}
        </p>
        <fieldset className={styles.kinds}>
          <legend className="visually-hidden">Message</legend>
          <MessageKindChoice name="message-kind" value={kind} onChange={setKind} />
        </fieldset>
        <CopyBox
          key={kind}
          label={MESSAGE_KIND_LABELS[kind]}
          value={text}
          rows={10}
          copyLabel="Copy message"
          copied="Message copied"
        />
      </section>
    </>
  );
}
