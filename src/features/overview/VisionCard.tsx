import { formatMoney, formatNumber } from '../../domain/money';
import { hasVision, WORKPLACE_LABELS, type Vision } from '../../domain/vision';
import { Button } from '../../ui/Button';
import { BridgeCalculator, type RunwayFacts } from './BridgeCalculator';
import styles from './Overview.module.css';

/** The yardstick: the working life the user is aiming for, and the bridge-work calculator. */
export function VisionCard({
  vision,
  currency,
  runway,
  onEdit,
  guideOffersIt = false,
}: {
  vision: Vision;
  currency: string;
  /** Cash and bare-bones costs from the Exit plan, for the months the shifts add. */
  runway: RunwayFacts | null;
  onEdit: () => void;
  /** The Getting started guide above is on this very step, with its own button: not two. */
  guideOffersIt?: boolean;
}) {
  const written = hasVision(vision);
  const where = [
    vision.workplace !== 'any' ? WORKPLACE_LABELS[vision.workplace] : '',
    vision.place.trim(),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <section className={`${styles.card} ${styles.vision}`} aria-labelledby="vision">
      <h2 id="vision" className={styles.cardTitle}>
        Your vision
      </h2>
      {written ? (
        <>
          <p className={styles.cardText}>The yardstick for every offer and every bridge job.</p>
          <dl className={styles.visionList}>
            <div>
              <dt>Hours a week</dt>
              <dd>
                {vision.weeklyHours !== null ? formatNumber(vision.weeklyHours, 1) : <NotSet />}
              </dd>
            </div>
            <div>
              <dt>Clinical work</dt>
              <dd>
                {vision.clinicalShare !== null ? (
                  `${formatNumber(vision.clinicalShare, 1)}%`
                ) : (
                  <NotSet />
                )}
              </dd>
            </div>
            <div>
              <dt>Income</dt>
              <dd>
                {vision.income !== null ? (
                  `${formatMoney(vision.income, currency)} a year`
                ) : (
                  <NotSet />
                )}
              </dd>
            </div>
            <div>
              <dt>Where</dt>
              <dd>{where || <NotSet />}</dd>
            </div>
          </dl>
          {vision.goodDay.trim() ? (
            <blockquote className={styles.goodDay}>
              <p className={styles.goodDayLabel}>A good day</p>
              <p>{vision.goodDay}</p>
            </blockquote>
          ) : null}
          <div className={styles.actions}>
            <Button onClick={onEdit}>Edit vision</Button>
          </div>
        </>
      ) : (
        <>
          <p className={styles.cardText}>
            Start from the life you want: hours a week, how much clinical work, income, where. Then
            every offer has something to be measured against.
          </p>
          {guideOffersIt ? (
            <p className={styles.cardText}>Getting started, above, opens it as its next step.</p>
          ) : (
            <div className={styles.actions}>
              <Button variant="primary" onClick={onEdit}>
                Write your vision
              </Button>
            </div>
          )}
        </>
      )}
      <details className={styles.details}>
        <summary>Bridge-work calculator</summary>
        <BridgeCalculator currency={currency} vision={vision} runway={runway} />
      </details>
    </section>
  );
}

function NotSet() {
  return <span className={styles.notSet}>not set</span>;
}
