import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ExitConflict } from '../../domain/exitTimeline';
import { quote } from '../../domain/quote';
import { slipMoves, type Slip } from '../../domain/slip';
import { Button } from '../../ui/Button';
import styles from './Timeline.module.css';

export interface SlipNoticeProps {
  slips: readonly Slip[];
  /** Where the exit dates would disagree with the board once the later steps move. */
  exitAfter: readonly ExitConflict[];
  /** Moves the pushed steps, in one undoable write. */
  onMove: (causeIds: string[], moves: { id: string; month: number }[]) => Promise<void>;
}

const keyOf = (slips: readonly Slip[]) =>
  slips.map((s) => `${s.cause.id}@${s.cause.month}`).join(',');

/**
 * A step moved past the steps that wait on it: says what it pushes and offers to move them with
 * it (domain/slip.ts), or to leave them where they are.
 */
export function SlipNotice({ slips, exitAfter, onMove }: SlipNoticeProps) {
  const [busy, setBusy] = useState(false);
  const [left, setLeft] = useState<string | null>(null);
  const key = keyOf(slips);
  const shown = slips.length > 0 && left !== key;
  const noticeRef = useRef<HTMLElement>(null);
  const [outOfSight, seen] = useOutOfSight(noticeRef, shown ? key : null);
  const status = outOfSight ? (
    <p role="status" className="visually-hidden">
      A move pushed later steps. The notice at the top of the Timeline offers to move them too.
    </p>
  ) : (
    <p role="status" className="visually-hidden" />
  );
  if (!shown) return <>{status}</>;
  const moves = slipMoves(slips);
  const pinned = exitAfter.filter((c) => moves.some((m) => m.id === c.id));

  async function move() {
    setBusy(true);
    try {
      await onMove(
        slips.map((s) => s.cause.id),
        moves,
      );
    } finally {
      setBusy(false);
    }
  }

  const n = moves.length;
  return (
    <>
      {status}
      <section className={styles.exitNotice} aria-labelledby="slip-notice" ref={noticeRef}>
        {outOfSight ? (
          <button
            type="button"
            className={styles.slipPill}
            onClick={() => {
              noticeRef.current?.scrollIntoView({ block: 'start' });
              noticeRef.current?.querySelector<HTMLElement>('h2')?.focus();
              seen();
            }}
          >
            Show what the move pushed <span aria-hidden="true">↑</span>
          </button>
        ) : null}
        <h2 id="slip-notice" className={styles.exitNoticeTitle} tabIndex={-1}>
          A move pushed later steps
        </h2>
        <ul>
          {slips.map((s) => (
            <li key={s.cause.id}>
              {quote(s.cause.title)} is now in Month {s.cause.month}, after{' '}
              {s.pushes.length === 1 ? 'a step that waits' : 'steps that wait'} on it. Moving the
              later {s.pushes.length === 1 ? 'step' : 'steps'} with it:{' '}
              {s.pushes.map((p, i) => (
                <span key={p.id}>
                  {i > 0 ? '; ' : ''}
                  {quote(p.title)} from Month {p.from} to Month {p.to}
                </span>
              ))}
              .
            </li>
          ))}
        </ul>
        {pinned.length ? (
          <p className={styles.exitNoticeHint}>
            But{' '}
            {pinned
              .map((c) => `by your exit dates, ${quote(c.title)} belongs in ${c.where} (${c.why})`)
              .join('; ')}
            : if the move is real, change the dates in the <a href="#/exit">exit plan</a> too, or
            the board and the exit plan will disagree.
          </p>
        ) : null}
        <div className={styles.noticeActions}>
          <Button size="small" variant="primary" onClick={() => void move()} disabled={busy}>
            {n === 1 ? 'Move the later step too' : 'Move the later steps too'}
          </Button>
          <Button
            size="small"
            variant="ghost"
            onClick={() => setLeft(keyOf(slips))}
            disabled={busy}
          >
            Leave them where they are
          </Button>
        </div>
      </section>
    </>
  );
}

/**
 * A notice that arrives above the screen (a card moved further down the page, on a phone, where
 * the focus stays on the card): a button at the screen's top says so and shows it, until the
 * notice has been in view once. The notice's own changes do not bring the button back.
 */
function useOutOfSight(
  ref: RefObject<HTMLElement | null>,
  key: string | null,
): [boolean, () => void] {
  const [outKey, setOutKey] = useState<string | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!key || !el || typeof IntersectionObserver === 'undefined') return;
    let first = true;
    const observer = new IntersectionObserver(([entry]) => {
      const inView = entry?.isIntersecting ?? true;
      if (first && !inView) setOutKey(key);
      else if (inView) {
        setOutKey(null);
        observer.disconnect();
      }
      first = false;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, key]);
  return [outKey !== null && outKey === key, () => setOutKey(null)];
}
