import type { ReactNode } from 'react';
import { dayLabel, dayLabelWithWeekday } from '../../domain/calendar';
import type { ExitConflict } from '../../domain/exitTimeline';
import { daysLeftText, daysText, type Countdown } from '../../domain/notice';
import { Button } from '../../ui/Button';
import styles from './Exit.module.css';

export interface CountdownPanelProps {
  countdown: Countdown;
  conflicts: readonly ExitConflict[];
  canDownload: boolean;
  onDownload: () => void;
  /** Too late: make the earliest workable start date the planned one. */
  onUseStartDate: (day: string) => void;
}

const HEADLINES: Record<Countdown['state'], string> = {
  'date-looks-wrong': 'A date looks wrong',
  'no-notice-period': 'Start with your notice period',
  'no-start-date': 'No start date yet',
  'waiting-for-offer': 'Waiting for an offer',
  'window-open': 'Notice window open',
  'too-late': 'Too late for this start date',
  'notice-given': 'Notice given',
  'notice-served': 'Notice served',
};

const TONES: Record<Countdown['state'], string | undefined> = {
  'date-looks-wrong': styles.danger,
  'no-notice-period': undefined,
  'no-start-date': undefined,
  'waiting-for-offer': styles.info,
  'window-open': styles.ok,
  'too-late': styles.danger,
  'notice-given': styles.ok,
  'notice-served': undefined,
};

/** The countdown: which state the exit is in, the dates that matter and the days left. */
export function CountdownPanel({
  countdown: c,
  conflicts,
  canDownload,
  onDownload,
  onUseStartDate,
}: CountdownPanelProps) {
  return (
    <section
      className={`${styles.countdown} ${TONES[c.state] ?? ''}`}
      aria-labelledby="countdown-eyebrow countdown-title"
    >
      <p id="countdown-eyebrow" className={styles.eyebrow}>
        Countdown
      </p>
      <h2 id="countdown-title" className={styles.headline}>
        {HEADLINES[c.state]}
      </h2>
      <CountdownBody c={c} onUseStartDate={onUseStartDate} />
      {conflicts.length ? (
        <div className={styles.timelineNote}>
          <p>
            {conflicts
              .map(
                (x) =>
                  `Your timeline has “${x.title}” in Month ${x.month}; these dates put it in ${x.movable ? `Month ${x.expectedMonth}` : 'a month outside the plan'}.`,
              )
              .join(' ')}{' '}
            <a href="#/timeline">Open the timeline to line it up</a>
          </p>
        </div>
      ) : null}
      <div className={styles.countdownActions}>
        <Button size="small" onClick={onDownload} disabled={!canDownload}>
          Download calendar file (.ics)
        </Button>
        <span className={styles.hint}>
          {canDownload
            ? 'The give-notice-by date, last clinical day, start date and rate resets, for your own calendar.'
            : 'Add a start date, your notice or a debt’s rate reset to get a calendar file.'}
        </span>
      </div>
    </section>
  );
}

function Big({ children }: { children: ReactNode }) {
  return <p className={styles.bigDate}>{children}</p>;
}

function Left({ n }: { n: number }) {
  return <p className={styles.daysLeft}>{daysLeftText(n)}</p>;
}

/** On the deadline day, "0 days left" alone reads like it is over: it is not, today still counts. */
function lastDay(daysLeft: number): string {
  return daysLeft === 0 ? 'Today is the last day. ' : '';
}

function CountdownBody({
  c,
  onUseStartDate,
}: {
  c: Countdown;
  onUseStartDate: (day: string) => void;
}) {
  switch (c.state) {
    case 'date-looks-wrong':
      return (
        <p className={styles.explain}>
          {c.message} Nothing is counted from it until it is fixed in Dates below.
        </p>
      );
    case 'no-notice-period':
      return (
        <p className={styles.explain}>
          Enter the notice period from your contract below and press “Save contract”. The countdown
          works from it and your planned start date.
        </p>
      );
    case 'no-start-date':
      return (
        <p className={styles.explain}>
          Once you have a start date, the latest day to give notice shows here. For now: with{' '}
          {c.noticeDays} days’ notice given today, your last clinical day would be{' '}
          {dayLabel(c.ifNoticeToday)}, and the earliest start that works{' '}
          {dayLabelWithWeekday(c.earliestStart)}.
        </p>
      );
    case 'waiting-for-offer':
      return (
        <>
          <Big>Give notice by {dayLabel(c.giveNoticeBy)}</Big>
          <Left n={c.daysLeft} />
          <p className={styles.explain}>
            {lastDay(c.daysLeft)}For a start on {dayLabelWithWeekday(c.startDate)}. Hold your notice
            until you have an offer, at least a verbal one. Once it is in writing, agree the start
            date around your {c.noticeDays} days.
          </p>
        </>
      );
    case 'window-open':
      return (
        <>
          <Big>Give notice by {dayLabel(c.giveNoticeBy)}</Big>
          <Left n={c.daysLeft} />
          {c.inWriting ? (
            <p className={styles.explain}>
              {lastDay(c.daysLeft)}You have a written offer. Notice given on or before this day ends
              in time for a start on {dayLabelWithWeekday(c.startDate)}. Tell the group formally, in
              writing, and not before you are ready.
            </p>
          ) : (
            <p className={styles.explain}>
              {lastDay(c.daysLeft)}You have a verbal offer, so you can give notice now. Notice given
              on or before this day ends in time for a start on {dayLabelWithWeekday(c.startDate)}.
              Next, get the offer in writing: that is where you agree the start date around your{' '}
              {c.noticeDays} days’ notice.
            </p>
          )}
        </>
      );
    case 'too-late':
      return (
        <>
          <Big>Give notice by {dayLabel(c.giveNoticeBy)}</Big>
          <p className={styles.daysLeft}>{daysText(c.lateBy)} too late</p>
          <p className={styles.explain}>
            With {c.noticeDays} days’ notice given today, your last clinical day would be{' '}
            {dayLabel(c.lastIfToday)}, so the earliest start that works is{' '}
            {dayLabelWithWeekday(c.earliestStart)}. Ask to move the start date, or ask the group
            whether they would release you sooner.
          </p>
          <Button size="small" variant="primary" onClick={() => onUseStartDate(c.earliestStart)}>
            Plan to start on {dayLabel(c.earliestStart)}
          </Button>
        </>
      );
    case 'notice-given':
      return (
        <>
          <Big>Last clinical day {dayLabel(c.lastClinicalDay)}</Big>
          <Left n={c.daysLeft} />
          <p className={styles.explain}>
            Notice given on {dayLabel(c.noticeGivenOn)}.{' '}
            {c.startDate
              ? `Your industry role starts on ${dayLabelWithWeekday(c.startDate)}.`
              : 'Add your planned start date below.'}
          </p>
          {c.overlapDays > 0 ? (
            <p className={styles.warning}>
              Your notice runs {daysText(c.overlapDays)} into the planned start date: the industry
              role can start {dayLabelWithWeekday(c.earliestStart)} at the earliest. Ask the group
              to release you sooner, or move the start date.
            </p>
          ) : null}
        </>
      );
    case 'notice-served':
      return (
        <>
          <Big>Last clinical day {dayLabel(c.lastClinicalDay)}</Big>
          <p className={styles.explain}>
            Your notice period is over.
            {c.startDate
              ? ` The industry role starts on ${dayLabelWithWeekday(c.startDate)}.`
              : ''}{' '}
            Keep your licence and CME current for a while, so clinical work stays an option.
          </p>
        </>
      );
  }
}
