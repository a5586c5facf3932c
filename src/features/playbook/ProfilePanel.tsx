import { useEffect, useState, type FormEvent } from 'react';
import { dayLabel } from '../../domain/calendar';
import { aboutOutline, aboutText, headline, HEADLINE_MAX } from '../../domain/playbook/headline';
import {
  BOARD_STATUS_LABELS,
  BOARD_STATUSES,
  EXPERIENCE_LABELS,
  EXPERIENCE_TAGS,
  experienceFromRecord,
  type BoardStatus,
  type ExperienceTag,
  type Profile,
} from '../../domain/playbook/profile';
import {
  THEME_LABELS,
  THEME_PATTERNS,
  THEMES,
  TRANSLATION_EXAMPLES,
  translateEntry,
} from '../../domain/playbook/translate';
import { RECORD_KIND_LABELS, sortRecord } from '../../domain/record';
import type { RoleTypeId } from '../../domain/roleTypes';
import type { RecordEntry } from '../../domain/schema/record';
import { saveProfile } from '../../db/playbook';
import { useRecordEntries } from '../../db/record';
import { useSetting } from '../../db/settings';
import { useDraft } from '../../state/drafts';
import { useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { CopyBox, CopyButton } from '../../ui/CopyBox';
import { errorFor, FormError } from '../../ui/DialogForm';
import { SelectField } from '../../ui/Field';
import { ProfileFields } from '../../ui/ProfileFields';
import styles from './Playbook.module.css';

/** About you, the headline, the About outline and the record in industry words. */
export function ProfilePanel() {
  const profile = useSetting('profile');
  const targets = useSetting('targetRoleTypes');
  const record = useRecordEntries();
  if (!profile || !targets || !record) return <p role="status">Loading your profile…</p>;
  return <ProfileBuilder saved={profile} targets={targets} record={record} />;
}

const KEEPS_NOTHING = { keepsNothing: true };

const FIELDS = [
  'name',
  'specialty',
  'institution',
  'targetArea',
  'boardStatus',
  'experience',
] as const;
type Errors = Partial<Record<(typeof FIELDS)[number] | 'form', string>>;

/** A profile typed and not saved yet, as the drafts store keeps it (JSON); else the saved one. */
function profileFromDraft(text: string, saved: Profile): Profile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return saved;
  }
  if (typeof value !== 'object' || value === null) return saved;
  const o = value as Record<string, unknown>;
  const str = (k: 'name' | 'specialty' | 'institution' | 'targetArea') => {
    const v = o[k];
    return typeof v === 'string' ? v : saved[k];
  };
  const board = BOARD_STATUSES.find((s) => s === o.boardStatus);
  const experience = Array.isArray(o.experience)
    ? EXPERIENCE_TAGS.filter((t) => (o.experience as unknown[]).includes(t))
    : saved.experience;
  return {
    name: str('name'),
    specialty: str('specialty'),
    institution: str('institution'),
    targetArea: str('targetArea'),
    boardStatus: board ?? saved.boardStatus,
    experience,
  };
}

function ProfileBuilder({
  saved,
  targets,
  record,
}: {
  saved: Profile;
  targets: RoleTypeId[];
  record: RecordEntry[];
}) {
  // What is typed lives in the drafts store until it is saved: switching to another section or
  // screen and back keeps it, and a reload asks first (state/drafts).
  const savedText = JSON.stringify(saved);
  const [draftText, setDraftText, clearDraft] = useDraft('playbook:profile', savedText);
  const draft = profileFromDraft(draftText, saved);
  // Saved (here, or the same values arriving from elsewhere): nothing is pending any more.
  useEffect(() => {
    if (draftText === savedText) clearDraft();
  }, [draftText, savedText, clearDraft]);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const sorted = sortRecord(record);
  const facts = { profile: draft, targets, recordTitles: sorted.map((e) => e.title) };
  const builtHeadline = headline(facts);
  const outline = aboutOutline(facts);
  const builtAbout = aboutText(outline);
  // The user's own wording of the headline and About text: kept while they move around the app;
  // nothing to save (they copy it out), so a reload does not ask.
  const [shownHeadline, setHeadlineEdit, clearHeadline] = useDraft(
    'playbook:headline',
    builtHeadline,
    KEEPS_NOTHING,
  );
  const [shownAbout, setAboutEdit, clearAbout] = useDraft(
    'playbook:about',
    builtAbout,
    KEEPS_NOTHING,
  );
  const dirty = JSON.stringify(draft) !== savedText;
  const suggested = experienceFromRecord(record, draft.experience);

  const set = <K extends keyof Profile>(key: K, value: Profile[K]) => {
    setDraftText(JSON.stringify({ ...draft, [key]: value }));
    if (errors[key]) setErrors({});
  };
  const tick = (tag: ExperienceTag, on: boolean) =>
    set(
      'experience',
      EXPERIENCE_TAGS.filter((t) => (t === tag ? on : draft.experience.includes(t))),
    );

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const result = await saveProfile(draft);
      // What was stored (trimmed); the draft goes once the saved profile shows it.
      setDraftText(JSON.stringify(result.value));
      setErrors({});
      useFeedback.getState().written(result);
    } catch (err) {
      setErrors(errorFor(err, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section aria-labelledby="about-you" className={styles.section}>
        <h2 id="about-you" className={styles.sectionTitle}>
          About you
        </h2>
        <p className={styles.note}>
          Asked once and kept on this device. It fills your headline below and the messages you
          draft from a contact on Networking.
        </p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className={styles.form}>
          <FormError message={errors.form} />
          <div className={styles.formGrid}>
            <ProfileFields
              fields={['specialty', 'institution', 'targetArea', 'name']}
              values={draft}
              errors={errors}
              onChange={set}
              hints={{
                specialty: 'For example internal medicine, cardiology.',
                institution: 'Hospital, group or practice.',
                targetArea: 'For example oncology, heart failure.',
                name: 'How you sign a message.',
              }}
            />
            <SelectField
              label="Board certification"
              value={draft.boardStatus}
              onChange={(e) => set('boardStatus', e.target.value as BoardStatus)}
              error={errors.boardStatus}
            >
              {BOARD_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {BOARD_STATUS_LABELS[s]}
                </option>
              ))}
            </SelectField>
          </div>
          <fieldset className={styles.checks}>
            <legend>Experience beyond patient care</legend>
            <div className={styles.checkGrid}>
              {EXPERIENCE_TAGS.map((tag) => (
                <label key={tag} className={styles.check}>
                  <input
                    type="checkbox"
                    checked={draft.experience.includes(tag)}
                    onChange={(e) => tick(tag, e.target.checked)}
                  />
                  <span>{EXPERIENCE_LABELS[tag]}</span>
                </label>
              ))}
            </div>
            {suggested.length > 0 ? (
              <p className={styles.suggest}>
                Your running record also shows{' '}
                {suggested.map((t) => EXPERIENCE_LABELS[t].toLowerCase()).join(', ')}.{' '}
                <Button
                  size="small"
                  variant="ghost"
                  onClick={() =>
                    set(
                      'experience',
                      EXPERIENCE_TAGS.filter(
                        (t) => draft.experience.includes(t) || suggested.includes(t),
                      ),
                    )
                  }
                >
                  Tick {suggested.length === 1 ? 'it' : 'them'}
                </Button>
              </p>
            ) : null}
          </fieldset>
          <div className={styles.formActions}>
            {/* Not disabled while saving: a focused button that is disabled loses the focus. */}
            <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
              Save profile
            </Button>
            {dirty ? <span className={styles.small}>Changes not saved yet.</span> : null}
          </div>
        </form>
      </section>

      <section aria-labelledby="headline-heading" className={styles.section}>
        <h2 id="headline-heading" className={styles.sectionTitle}>
          LinkedIn headline
        </h2>
        <p className={styles.note}>
          The line under your name is what recruiters’ searches read first. Point it at industry:
          your specialty, the work beyond patient care, and the roles you are exploring
          {targets.length === 0 ? (
            <>
              {' '}
              (choose them under <a href="#/playbook">Landing zones</a>)
            </>
          ) : null}
          .
        </p>
        <CopyBox
          label="Your headline"
          value={shownHeadline}
          onChange={setHeadlineEdit}
          rows={3}
          copyLabel="Copy headline"
          copied="Headline copied"
          hint={
            <span className={shownHeadline.length > HEADLINE_MAX ? styles.over : undefined}>
              {shownHeadline.length} of {HEADLINE_MAX} characters LinkedIn allows.
            </span>
          }
          extra={
            shownHeadline !== builtHeadline ? (
              <Button variant="ghost" size="small" onClick={clearHeadline}>
                Start again from your details
              </Button>
            ) : null
          }
        />
      </section>

      <section aria-labelledby="about-heading" className={styles.section}>
        <h2 id="about-heading" className={styles.sectionTitle}>
          About section
        </h2>
        <ol className={styles.outline}>
          {outline.map((part) => (
            <li key={part.heading}>
              <strong>{part.heading}.</strong>{' '}
              {part.text ? part.text : <span className={styles.hintText}>{part.hint}</span>}
            </li>
          ))}
        </ol>
        <CopyBox
          label="Your About text"
          value={shownAbout}
          onChange={setAboutEdit}
          rows={7}
          copyLabel="Copy About text"
          copied="About text copied"
          hint="A starting point: make it sound like you before you paste it."
          extra={
            shownAbout !== builtAbout ? (
              <Button variant="ghost" size="small" onClick={clearAbout}>
                Start again from your details
              </Button>
            ) : null
          }
        />
      </section>

      <Translations entries={sorted} />
    </>
  );
}

function Translations({ entries }: { entries: RecordEntry[] }) {
  const translated = entries.map((e) => ({ entry: e, lines: translateEntry(e) }));
  const text = translated
    .map(({ entry, lines }) => [entry.title.trim(), ...lines.map((l) => `- ${l.line}`)].join('\n'))
    .join('\n\n');
  return (
    <section aria-labelledby="translate-heading" className={styles.section}>
      <h2 id="translate-heading" className={styles.sectionTitle}>
        Your record in industry words
      </h2>
      <p className={styles.note}>
        Industry screens for four things. Each entry in your running record is written out below in
        those terms, from your own title, role and impact: edit them into your CV.
      </p>
      <ul className={styles.themes}>
        {THEMES.map((t) => (
          <li key={t}>
            <strong>{THEME_LABELS[t]}:</strong> {THEME_PATTERNS[t]}
          </li>
        ))}
      </ul>
      {entries.length === 0 ? (
        <div className={styles.empty}>
          <p>
            Your <a href="#/record">running record</a> is empty, so there is nothing to translate
            yet. Three examples of the idea:
          </p>
          <ul className={styles.examples}>
            {TRANSLATION_EXAMPLES.map((x) => (
              <li key={x.clinical}>
                <span className={styles.before}>{x.clinical}</span>
                <span className={styles.after}>{x.industry}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <ol className={styles.entries}>
            {translated.map(({ entry, lines }) => (
              <li key={entry.id} className={styles.entry}>
                <p className={styles.entryHead}>
                  <strong>{entry.title}</strong>
                  <span className={styles.small}>
                    {' '}
                    · {RECORD_KIND_LABELS[entry.kind]} · {dayLabel(entry.date)}
                    {entry.role.trim() ? ` · ${entry.role.trim()}` : ''}
                  </span>
                </p>
                <ul className={styles.lines}>
                  {lines.map((l) => (
                    <li key={l.theme}>
                      <span className={styles.theme}>{l.label}</span> {l.line}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <CopyButton text={text} label="Your record in industry words" copied="Copied">
            Copy all as text
          </CopyButton>
        </>
      )}
    </section>
  );
}
