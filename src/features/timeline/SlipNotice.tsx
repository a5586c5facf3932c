import { useState } from 'react';
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
  if (slips.length === 0 || left === keyOf(slips)) return null;
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
    <section className={styles.exitNotice} aria-labelledby="slip-notice">
      <h2 id="slip-notice" className={styles.exitNoticeTitle}>
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
          : if the move is real, change the dates in the <a href="#/exit">exit plan</a> too, or the
          board and the exit plan will disagree.
        </p>
      ) : null}
      <div className={styles.noticeActions}>
        <Button size="small" variant="primary" onClick={() => void move()} disabled={busy}>
          {n === 1 ? 'Move the later step too' : 'Move the later steps too'}
        </Button>
        <Button size="small" variant="ghost" onClick={() => setLeft(keyOf(slips))} disabled={busy}>
          Leave them where they are
        </Button>
      </div>
    </section>
  );
}
