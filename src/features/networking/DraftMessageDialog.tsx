import { useState } from 'react';
import {
  draftMessage,
  type MessageContact,
  type MessageKind,
} from '../../domain/playbook/messages';
import type { Profile } from '../../domain/playbook/profile';
import type { RoleTypeId } from '../../domain/roleTypes';
import { completeProfile } from '../../db/playbook';
import { useSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { CopyBox } from '../../ui/CopyBox';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { errorFor, FormError } from '../../ui/DialogForm';
import { MessageKindChoice } from '../../ui/MessageKindChoice';
import { ProfileFields } from '../../ui/ProfileFields';
import styles from './Networking.module.css';

export interface DraftMessageDialogProps {
  contact: MessageContact;
  onClose: () => void;
}

/** A message to a contact, filled with their name and the user's profile: edit it, then copy it. */
export function DraftMessageDialog({ contact, onClose }: DraftMessageDialogProps) {
  const profile = useSetting('profile');
  const targets = useSetting('targetRoleTypes');
  if (!profile || !targets) return null;
  return <DraftForm contact={contact} profile={profile} targets={targets} onClose={onClose} />;
}

type Edits = Partial<Record<MessageKind, string>>;

function DraftForm({
  contact,
  profile,
  targets,
  onClose,
}: DraftMessageDialogProps & { profile: Profile; targets: RoleTypeId[] }) {
  const [kind, setKind] = useState<MessageKind>('first');
  const [edits, setEdits] = useState<Edits>({});
  // Asked here once: what a message needs and the profile does not have yet.
  const [asking] = useState(
    () => !profile.specialty.trim() || !profile.institution.trim() || !profile.targetArea.trim(),
  );
  const built = draftMessage(kind, { contact, profile, targets });
  const text = edits[kind] ?? built;
  const edited = edits[kind] !== undefined && edits[kind] !== built;

  return (
    <Dialog title="Draft a message" onClose={onClose} wide confirmDiscard={false}>
      <p className={styles.dialogFacts}>
        To {contact.name.trim() || 'your contact'}. Edit it as you like, copy it, and send it from
        LinkedIn or your email: nothing is sent from here.
      </p>
      {asking ? <AskProfile profile={profile} /> : null}
      <fieldset className={styles.channels}>
        <legend>Message</legend>
        <div className={styles.draftKinds}>
          <MessageKindChoice name="draft-kind" value={kind} onChange={setKind} />
        </div>
      </fieldset>
      <CopyBox
        key={kind}
        label="Message text"
        value={text}
        onChange={(v) => setEdits((e) => ({ ...e, [kind]: v }))}
        rows={11}
        copyLabel="Copy"
        copied="Copied"
        extra={
          edited ? (
            <Button
              variant="ghost"
              size="small"
              onClick={() =>
                setEdits((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== kind)))
              }
            >
              Start again
            </Button>
          ) : null
        }
      />
      <DialogActions>
        <Button onClick={onClose}>Done</Button>
      </DialogActions>
    </Dialog>
  );
}

const ASK_FIELDS = ['specialty', 'institution', 'targetArea'] as const;
type AskErrors = Partial<Record<(typeof ASK_FIELDS)[number] | 'form', string>>;

/** The three details a message needs, saved to the profile so they are asked only once. */
function AskProfile({ profile }: { profile: Profile }) {
  const [values, setValues] = useState({
    specialty: profile.specialty,
    institution: profile.institution,
    targetArea: profile.targetArea,
  });
  const [errors, setErrors] = useState<AskErrors>({});
  const [saved, setSaved] = useState(false);
  const set = (key: (typeof ASK_FIELDS)[number], value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSaved(false);
  };

  async function save() {
    try {
      useFeedback.getState().written(await completeProfile(values));
      setErrors({});
      setSaved(true);
    } catch (e) {
      setErrors(errorFor(e, ASK_FIELDS));
    }
  }

  return (
    <fieldset className={styles.newContact}>
      <legend>About you (asked once)</legend>
      <p className={styles.small}>
        These fill in the message. They are saved to your profile in the Playbook.
      </p>
      <FormError message={errors.form} />
      <div className={styles.grid2}>
        <ProfileFields
          fields={['specialty', 'institution']}
          values={values}
          errors={errors}
          onChange={set}
        />
      </div>
      <ProfileFields
        fields={['targetArea']}
        values={values}
        errors={errors}
        onChange={set}
        hints={{ targetArea: 'For example oncology, heart failure.' }}
      />
      <div className={styles.quick}>
        <Button size="small" variant="primary" onClick={() => void save()}>
          Save to your profile
        </Button>
        {saved ? <span className={styles.small}>Saved. The message now uses them.</span> : null}
      </div>
    </fieldset>
  );
}
