/**
 * Small cards that each answer one question and link to the screen with the detail. The
 * networking, pipeline and exit cards take their numbers as props: those screens' data is wired
 * in by the shell once it exists; without data they say where to start.
 */
import type { ReactNode } from 'react';
import { dayLabel, type Day } from '../../domain/calendar';
import type { DiagnosisReading } from '../../domain/diagnosis';
import type { ExitGlance, PipelineGlance } from '../../domain/glance';
import { formatMoney, formatNumber, percentOf } from '../../domain/money';
import { RECORD_KIND_LABELS, type RecordKind } from '../../domain/record';
import styles from './Overview.module.css';
import { agree } from '../../domain/counts';

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={styles.card} aria-labelledby={id}>
      <h2 id={id} className={styles.cardTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A number that links to its screen: the whole thing is the link, so its name reads as a sentence. */
export function StatLink({
  href,
  value,
  label,
  tone,
}: {
  href: string;
  value: ReactNode;
  label: string;
  tone?: 'danger' | 'warn' | 'ok' | undefined;
}) {
  return (
    <a href={href} className={`${styles.stat} ${tone ? (styles[`stat-${tone}`] ?? '') : ''}`}>
      <span className={styles.statValue}>{value}</span>{' '}
      <span className={styles.statLabel}>{label}</span>
    </a>
  );
}

function StartHere({ text, href, action }: { text: string; href: string; action: string }) {
  return (
    <>
      <p className={styles.cardText}>{text}</p>
      <a className={styles.startLink} href={href}>
        {action}
      </a>
    </>
  );
}

export function DiagnoseSummary({ reading }: { reading: DiagnosisReading | undefined }) {
  if (!reading) return null;
  // A ticked red flag is said here too (the reading leads with it), even on an empty board.
  if (reading.verdict === 'empty' && reading.redFlags.length === 0) {
    return (
      <Card id="sum-diagnose" title="Should you go?">
        <StartHere
          text="Sort what you feel about your job into three columns. It tells you whether industry fixes what you can’t stand."
          href="#/diagnose"
          action="Start the diagnosis"
        />
      </Card>
    );
  }
  const { a, b, c } = reading.counts;
  return (
    <Card id="sum-diagnose" title="Should you go?">
      <p className={styles.cardLead}>{reading.headline}</p>
      <div className={styles.stats}>
        <StatLink
          href="#/diagnose"
          value={a}
          label="can’t tolerate"
          tone={a ? 'danger' : undefined}
        />
        <StatLink href="#/diagnose" value={b} label="fixable" />
        <StatLink href="#/diagnose" value={c} label="good" tone={c ? 'ok' : undefined} />
      </div>
    </Card>
  );
}

export interface RecordSummaryProps {
  count: number | undefined;
  latest: { title: string; date: Day; kind: RecordKind } | null;
}

export function RecordSummary({ count, latest }: RecordSummaryProps) {
  if (count === undefined) return null;
  return (
    <Card id="sum-record" title="Running record">
      {count === 0 || !latest ? (
        <StartHere
          text="Note your projects, talks, committees, trials and QI work as they happen. It becomes your industry CV."
          href="#/record"
          action="Add your first entry"
        />
      ) : (
        <>
          <div className={styles.stats}>
            <StatLink href="#/record" value={count} label={agree(count, 'entry', 'entries')} />
          </div>
          <p className={styles.cardText}>
            Latest: {latest.title} ({RECORD_KIND_LABELS[latest.kind].toLowerCase()},{' '}
            {dayLabel(latest.date)})
          </p>
        </>
      )}
    </Card>
  );
}

export interface NetworkingData {
  callsThisWeek: number;
  weeklyTarget: number;
  /** Weeks in a row that met the target. */
  streakWeeks: number;
  followUpsDue: number;
}

export function NetworkingSummary({ data }: { data?: NetworkingData | undefined }) {
  return (
    <Card id="sum-networking" title="Networking">
      {data ? (
        <div className={styles.stats}>
          <StatLink
            href="#/networking"
            value={`${data.callsThisWeek} of ${data.weeklyTarget}`}
            label="calls this week"
            tone={data.callsThisWeek >= data.weeklyTarget ? 'ok' : undefined}
          />
          <StatLink
            href="#/networking"
            value={data.streakWeeks}
            label={agree(data.streakWeeks, 'week in a row', 'weeks in a row')}
          />
          <StatLink
            href="#/networking"
            value={data.followUpsDue}
            label={agree(data.followUpsDue, 'follow-up due', 'follow-ups due')}
            tone={data.followUpsDue ? 'warn' : undefined}
          />
        </div>
      ) : (
        <StartHere
          text="You get into industry through people, not applications. One or two calls a week, kept up for a few months."
          href="#/networking"
          action="Log a networking call"
        />
      )}
    </Card>
  );
}

export type PipelineData = PipelineGlance;

export function PipelineSummary({
  data,
  currency,
  targetIncome,
}: {
  data?: PipelineData | undefined;
  currency: string;
  targetIncome: number | null;
}) {
  const share = data?.bestOffer ? percentOf(data.bestOffer.total, targetIncome) : null;
  return (
    <Card id="sum-pipeline" title="Applications and offers">
      {data && data.stages.some((s) => s.count > 0) ? (
        <>
          <div className={styles.stats}>
            {data.stages
              .filter((s) => s.count > 0)
              .map((s) => (
                <StatLink
                  key={s.label}
                  href="#/opportunities"
                  value={s.count}
                  label={s.label.toLowerCase()}
                />
              ))}
          </div>
          {data.bestOffer ? (
            <p className={styles.cardText}>
              Best offer:{' '}
              <a href="#/opportunities">
                {data.bestOffer.name}, {formatMoney(data.bestOffer.total, currency)} a year
              </a>
              {share !== null ? ` — ${share}% of your target income` : ''}
            </p>
          ) : null}
        </>
      ) : (
        <StartHere
          text="Keep the roles you are aiming for in one place, from first target to written offer, and compare offers side by side."
          href="#/opportunities"
          action="Add a target role"
        />
      )}
    </Card>
  );
}

export type ExitData = ExitGlance;

export function ExitSummary({ data }: { data?: ExitData | undefined }) {
  const has =
    data &&
    (data.giveNoticeBy !== null ||
      data.lastClinicalDay !== null ||
      data.runwayMonths !== null ||
      data.dateProblem !== undefined);
  return (
    <Card id="sum-exit" title="Exit and runway">
      {has ? (
        <div className={styles.stats}>
          {data.dateProblem ? (
            <StatLink href="#/exit" value="Check" label={data.dateProblem} tone="danger" />
          ) : null}
          {data.giveNoticeBy ? (
            <StatLink
              href="#/exit"
              value={data.daysLeft !== null ? formatNumber(Math.max(0, data.daysLeft)) : '–'}
              label={
                data.daysLeft !== null && data.daysLeft < 0
                  ? `days left: the give-notice date (${dayLabel(data.giveNoticeBy)}) has passed`
                  : `days left to give notice (by ${dayLabel(data.giveNoticeBy)})`
              }
              tone={data.daysLeft !== null && data.daysLeft < 14 ? 'warn' : undefined}
            />
          ) : null}
          {data.lastClinicalDay ? (
            <StatLink
              href="#/exit"
              value={data.daysLeft !== null ? formatNumber(data.daysLeft) : '–'}
              label={`days to your last clinical day (${dayLabel(data.lastClinicalDay)})`}
            />
          ) : null}
          {data.runwayMonths !== null ? (
            <StatLink
              href="#/exit"
              value={formatNumber(data.runwayMonths, 1)}
              label="months of runway"
              tone={data.runwayMonths < 3 ? 'warn' : undefined}
            />
          ) : null}
        </div>
      ) : (
        <StartHere
          text="Know your notice period, the last day to give notice, and how many months your savings would carry you."
          href="#/exit"
          action="Plan your exit"
        />
      )}
    </Card>
  );
}
