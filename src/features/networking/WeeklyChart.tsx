import { dayLabel, monthLabel, monthOfDay, type Day } from '../../domain/calendar';
import { plural } from '../../domain/counts';
import { type WeekCount } from '../../domain/networking/weeklyCount';
import { weekOf } from '../../domain/weeks';
import styles from './Networking.module.css';

interface WeeklyChartProps {
  series: readonly WeekCount[];
  target: number;
  today: Day;
  planStart: Day;
}

/** A round top for the scale: the larger of the busiest week and the target, plus headroom. */
function scaleTop(max: number): number {
  if (max <= 4) return 4;
  if (max <= 10) return Math.ceil(max / 2) * 2;
  return Math.ceil(max / 5) * 5;
}

/**
 * Calls per week as bars, with the target as a line. The drawing is for the eye only; the same
 * numbers are in a table for screen readers and for anyone who wants them exactly.
 */
export function WeeklyChart({ series, target, today, planStart }: WeeklyChartProps) {
  return (
    <section className={styles.panel} aria-labelledby="chart-heading">
      <h2 id="chart-heading" className={styles.panelTitle}>
        Calls per week
      </h2>
      {/* A chart of empty weeks says nothing a first call would not say better. */}
      {series.every((w) => w.count === 0) ? (
        <p className={styles.empty}>
          {planStart > today
            ? `Your plan starts in ${monthLabel(monthOfDay(planStart))}. Each week’s calls will show here, against your target.`
            : 'No calls yet. Log your first one with the button at the top; each week then shows up here against your target.'}
        </p>
      ) : (
        <Chart series={series} target={target} thisWeek={weekOf(today)} />
      )}
    </section>
  );
}

function Chart({
  series,
  target,
  thisWeek,
}: {
  series: readonly WeekCount[];
  target: number;
  thisWeek: string;
}) {
  const top = scaleTop(Math.max(target, ...series.map((w) => w.count)));
  const complete = series.filter((w) => w.week !== thisWeek);
  const metWeeks = target > 0 ? complete.filter((w) => w.count >= target).length : 0;
  const first = series[0];
  const summary =
    `Calls per week since ${first ? dayLabel(first.week) : ''}` +
    (target > 0 && complete.length > 0
      ? `, against a target of ${target}. ${metWeeks} of ${plural(complete.length, 'full week')} met it.`
      : target > 0
        ? `, against a target of ${target}.`
        : '.');

  // Month labels under the bars, thinned out so they never overlap.
  const monthStarts = series.flatMap((w, i) =>
    i === 0 || monthOfDay(w.week) !== monthOfDay(series[i - 1]?.week ?? w.week) ? [i] : [],
  );
  const every = Math.max(1, Math.ceil(monthStarts.length / 6));
  const labels = monthStarts.filter((_, k) => k % every === 0);

  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartCaption}>{summary}</figcaption>
      <div className={styles.plot} aria-hidden="true">
        <span className={styles.yTop}>{top}</span>
        <span className={styles.yZero}>0</span>
        <div
          className={styles.bars}
          style={{
            gridTemplateColumns: `repeat(${series.length}, minmax(0, 1fr))`,
            gap: series.length > 40 ? 1 : 3,
          }}
        >
          {series.map((w) => {
            const current = w.week === thisWeek;
            const kind = current
              ? styles.barCurrent
              : target > 0 && w.count >= target
                ? styles.barMet
                : styles.barBelow;
            return (
              <div
                key={w.week}
                className={styles.barCell}
                title={`${dayLabel(w.week)}: ${plural(w.count, 'call')}${current ? ' so far' : ''}`}
              >
                <div
                  className={`${styles.bar} ${kind}`}
                  style={{ height: w.count ? `${(w.count / top) * 100}%` : undefined }}
                />
              </div>
            );
          })}
          {target > 0 ? (
            <div className={styles.targetLine} style={{ bottom: `${(target / top) * 100}%` }}>
              <span>target {target}</span>
            </div>
          ) : null}
        </div>
        <div className={styles.xAxis}>
          {labels.map((i) => {
            const w = series[i];
            return w ? (
              <span key={w.week} style={{ left: `${(i / series.length) * 100}%` }}>
                {monthLabel(monthOfDay(w.week)).replace(/ \d{4}$/, '')}
              </span>
            ) : null;
          })}
        </div>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {target > 0 ? (
          <li>
            <span className={`${styles.swatch} ${styles.barMet}`} /> Met the target
          </li>
        ) : null}
        <li>
          <span className={`${styles.swatch} ${styles.barBelow}`} />{' '}
          {target > 0 ? 'Below it' : 'Calls'}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.barCurrent}`} /> This week so far
        </li>
      </ul>
      <details className={styles.tableToggle}>
        <summary>Show the numbers</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Calls per week, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Calls</th>
                {target > 0 ? <th scope="col">Target met</th> : null}
              </tr>
            </thead>
            <tbody>
              {[...series].reverse().map((w) => (
                <tr key={w.week}>
                  <th scope="row">
                    {dayLabel(w.week)}
                    {w.week === thisWeek ? ' (this week)' : ''}
                  </th>
                  <td>{w.count}</td>
                  {target > 0 ? (
                    <td>
                      {w.week === thisWeek && w.count < target
                        ? 'Not yet'
                        : w.count >= target
                          ? 'Yes'
                          : 'No'}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
