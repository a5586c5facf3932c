import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../domain/errors';
import { formatCount, plural } from '../../domain/counts';
import {
  isWeeklyTarget,
  WEEKLY_TARGET_MAX,
  WEEKLY_TARGET_MIN,
} from '../../domain/networking/limits';
import {
  formatPerWeek,
  streakLabel,
  type WeeklyProgress,
} from '../../domain/networking/weeklyCount';
import { targetCountsText } from '../../domain/networking/channels';
import { setSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import { TextField } from '../../ui/Field';
import styles from './Networking.module.css';

/** `This week: X of Y calls`, as the UI contract names it. */
export function weekStatusText(thisWeek: number, target: number): string {
  // The contract's form even with no target, so every reader finds the same words.
  return target > 0
    ? `This week: ${thisWeek} of ${target} calls`
    : `This week: ${thisWeek} of 0 calls (no weekly target)`;
}

export function WeekPanel({
  progress,
  countMessages,
}: {
  progress: WeeklyProgress;
  countMessages: boolean;
}) {
  const { thisWeek, target, plannedThisWeek, plannedLater, streak, average, total, series } =
    progress;
  const met = target > 0 && thisWeek >= target;
  const left = Math.max(target - thisWeek, 0);
  const nudge =
    target === 0
      ? 'No weekly target: every call still counts.'
      : met
        ? thisWeek > target
          ? 'Target met, and then some.'
          : 'Target met for this week.'
        : streak && streak.weeks > 0
          ? `${plural(left, 'more call')} this week keeps your ${streak.weeks}-week streak going.`
          : `${plural(left, 'more call')} to meet this week’s target.`;

  return (
    <section className={styles.panel} aria-labelledby="week-heading">
      <h2 id="week-heading" className={styles.panelTitle}>
        Weekly calls
      </h2>
      <p role="status" className={`${styles.weekStatus} ${met ? styles.weekMet : ''}`}>
        {weekStatusText(thisWeek, target)}
      </p>
      {target > 0 ? (
        <div className={styles.meter} aria-hidden="true">
          <div
            className={styles.meterFill}
            style={{ width: `${Math.min(thisWeek / target, 1) * 100}%` }}
          />
        </div>
      ) : null}
      <p className={styles.nudge}>
        {nudge}
        {plannedThisWeek > 0
          ? ` ${plural(plannedThisWeek, 'more call')} planned for later this week.`
          : ''}
      </p>
      <dl className={styles.figures}>
        <div>
          <dt>Streak</dt>
          <dd>{streakLabel(streak, series, target)}</dd>
        </div>
        <div>
          <dt>4-week average</dt>
          <dd>
            {average
              ? `${formatPerWeek(average.perWeek)} a week`
              : total > 0
                ? 'After your first full week'
                : 'No calls yet'}
            {average && average.weeks < 4 ? (
              <span className={styles.small}> (over {plural(average.weeks, 'full week')})</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Calls so far</dt>
          <dd>
            {/* Grouped like every other count on the screen ("10,000 calls" in the list). */}
            {formatCount(total)}
            {plannedLater > 0 ? (
              <span className={styles.small}> · {formatCount(plannedLater)} planned later</span>
            ) : null}
          </dd>
        </div>
      </dl>
      <TargetField value={target} countMessages={countMessages} />
    </section>
  );
}

const SAVE_AFTER_MS = 500;

/** Saves a moment after the last keystroke (or at once on Enter or leaving the field). */
function TargetField({ value, countMessages }: { value: number; countMessages: boolean }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const written = useFeedback((s) => s.written);
  const shown = draft ?? String(value);

  // A target typed and not saved yet when the screen is left is saved then, not dropped.
  const pending = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.();
    },
    [],
  );

  function parse(text: string): number | null {
    const n = Number(text);
    return text.trim() !== '' && isWeeklyTarget(n) ? n : null;
  }

  async function save(text: string) {
    clearTimeout(timer.current);
    pending.current = null;
    const n = parse(text);
    if (n === null || n === value) return;
    try {
      written(
        await setSetting(
          'weeklyCallTarget',
          n,
          n === 0 ? 'Weekly target turned off' : `Weekly target set to ${plural(n, 'call')}`,
        ),
      );
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <form
      className={styles.targetForm}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(shown);
      }}
    >
      <TextField
        label="Weekly target"
        type="number"
        inputMode="numeric"
        min={WEEKLY_TARGET_MIN}
        max={WEEKLY_TARGET_MAX}
        step={1}
        value={shown}
        error={error}
        hint={`Conversations a week to aim for, ${WEEKLY_TARGET_MIN} to ${WEEKLY_TARGET_MAX}; one or two is a pace you can keep. ${targetCountsText(countMessages)}`}
        onFocus={() => setDraft(String(value))}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          clearTimeout(timer.current);
          if (parse(text) === null) {
            setError(`Enter a whole number from ${WEEKLY_TARGET_MIN} to ${WEEKLY_TARGET_MAX}.`);
            return;
          }
          setError(undefined);
          pending.current = () => void save(text);
          timer.current = setTimeout(() => void save(text), SAVE_AFTER_MS);
        }}
        onBlur={() => {
          if (parse(shown) === null) return;
          void save(shown);
          setDraft(null);
        }}
      />
    </form>
  );
}
