import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { dayLabel } from '../../domain/calendar';
import {
  filterRecord,
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  recordAsText,
  SKILL_LABELS,
  type RecordKind,
} from '../../domain/record';
import type { RecordEntry } from '../../domain/schema/record';
import { useRecordEntries } from '../../db/record';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { InlineSelect } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { TitleButton } from '../../ui/TitleButton';
import { useToday } from '../../ui/useToday';
import styles from './Record.module.css';
import { plural } from '../../domain/counts';

const RecordEntryDialog = lazy(() =>
  import('./RecordEntryDialog').then((m) => ({ default: m.RecordEntryDialog })),
);

type DialogState = { mode: 'add' } | { mode: 'edit'; id: string } | null;
type CopyState =
  { kind: 'idle' } | { kind: 'copied'; count: number } | { kind: 'manual'; text: string };

const entriesWord = (n: number) => plural(n, 'entry', 'entries');

export function RecordScreen() {
  const entries = useRecordEntries();
  const todayDay = useToday();
  const [kind, setKind] = useState<RecordKind | 'all'>('all');
  const [dialog, setDialog] = useState<DialogState>(null);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });

  if (!entries) return <p role="status">Loading your record…</p>;
  const shown = filterRecord(entries, kind);
  const editing = dialog?.mode === 'edit' ? entries.find((e) => e.id === dialog.id) : undefined;

  async function copyText() {
    const text = recordAsText(shown);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopy({ kind: 'copied', count: shown.length });
    } catch {
      setCopy({ kind: 'manual', text });
    }
  }

  return (
    <div className={styles.page}>
      <PageHeader title="Running record">
        Every project, talk, committee, trial and QI effort, with your role and what changed.
        Recruiters screen for leadership, data, protocols and teaching: this list becomes your
        industry CV.
      </PageHeader>

      <div className={styles.toolbar}>
        <Button variant="primary" onClick={() => setDialog({ mode: 'add' })}>
          Add entry
        </Button>
        {entries.length > 0 ? (
          <>
            <InlineSelect
              label="Show"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as RecordKind | 'all');
                setCopy({ kind: 'idle' });
              }}
            >
              <option value="all">Everything ({entries.length})</option>
              {RECORD_KINDS.map((k) => {
                const n = entries.filter((e) => e.kind === k).length;
                return n ? (
                  <option key={k} value={k}>
                    {RECORD_KIND_LABELS[k]} ({n})
                  </option>
                ) : null;
              })}
            </InlineSelect>
            <Button onClick={() => void copyText()} disabled={shown.length === 0}>
              Copy as text
            </Button>
          </>
        ) : null}
      </div>

      <CopyResult state={copy} />

      {entries.length === 0 ? (
        <div className={styles.empty}>
          <p>
            <strong>Nothing recorded yet.</strong> Start with what you have done already — a QI
            project in residency, a talk at grand rounds, a committee seat, a trial you recruited
            for. Rough dates are fine.
          </p>
        </div>
      ) : shown.length === 0 ? (
        <div className={styles.empty}>
          <p>Nothing of this kind yet.</p>
          <Button variant="ghost" size="small" onClick={() => setKind('all')}>
            Show everything
          </Button>
        </div>
      ) : (
        <ol
          className={styles.list}
          aria-label={kind === 'all' ? 'Your record' : `Your record: ${RECORD_KIND_LABELS[kind]}`}
        >
          {shown.map((e) => (
            <EntryRow key={e.id} entry={e} onOpen={() => setDialog({ mode: 'edit', id: e.id })} />
          ))}
        </ol>
      )}

      {dialog && (dialog.mode === 'add' || editing) ? (
        <Suspense fallback={null}>
          <RecordEntryDialog
            entry={editing}
            today={todayDay}
            kind={kind === 'all' ? undefined : kind}
            onClose={() => setDialog(null)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

function EntryRow({ entry, onOpen }: { entry: RecordEntry; onOpen: () => void }) {
  return (
    <li className={styles.entry}>
      <div className={styles.entryHead}>
        <span className={styles.entryTitle}>
          <TitleButton size="large" onClick={onOpen}>
            {entry.title}
          </TitleButton>
        </span>
        <span className={styles.entryDate}>{dayLabel(entry.date)}</span>
      </div>
      <div className={styles.meta}>
        <Badge tone="accent">{RECORD_KIND_LABELS[entry.kind]}</Badge>
        {entry.role ? <span className={styles.role}>{entry.role}</span> : null}
      </div>
      {entry.impact ? <p className={styles.impact}>{entry.impact}</p> : null}
      {entry.skills.length ? (
        <ul className={styles.skillList} aria-label="Skills">
          {entry.skills.map((s) => (
            <li key={s}>
              <Badge>{SKILL_LABELS[s]}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Says the text was copied; when the browser refuses the clipboard, shows it selected to copy by hand. */
function CopyResult({ state }: { state: CopyState }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // Before paint: the text shows already selected, with focus on it.
  useLayoutEffect(() => {
    if (state.kind === 'manual' && ref.current) {
      ref.current.focus();
      ref.current.select();
    }
  }, [state]);
  return (
    <div role="status" className={styles.copyStatus}>
      {state.kind === 'copied' ? (
        <p className={styles.copied}>
          Copied {entriesWord(state.count)} as plain text. Paste it into your CV or LinkedIn.
        </p>
      ) : null}
      {state.kind === 'manual' ? (
        <div className={styles.manual}>
          <p>
            This browser did not let Pivotboard use the clipboard. The text is below and selected:
            press Ctrl+C (⌘C on a Mac) to copy it.
          </p>
          <label className="visually-hidden" htmlFor="record-text">
            Your record as text
          </label>
          <textarea
            id="record-text"
            ref={ref}
            readOnly
            value={state.text}
            rows={10}
            className={styles.manualText}
          />
        </div>
      ) : null}
    </div>
  );
}
