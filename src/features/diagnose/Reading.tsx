import type { DiagnosisReading } from '../../domain/diagnosis';
import { Button } from '../../ui/Button';
import styles from './Diagnose.module.css';

function goToHelp() {
  const heading = document.getElementById('help-now');
  heading?.focus();
  heading?.scrollIntoView?.({ block: 'center' }); // absent in jsdom
}

const TONE: Record<DiagnosisReading['verdict'], string> = {
  empty: styles.readingNeutral ?? '',
  'no-a': styles.readingNeutral ?? '',
  untagged: styles.readingNeutral ?? '',
  'industry-fits': styles.readingGo ?? '',
  'clinical-change': styles.readingStay ?? '',
  mixed: styles.readingMixed ?? '',
};

/**
 * "What your board says": the reading of column A, in plain words. With a red flag ticked it
 * leads with looking after yourself, and points to the help lines.
 */
export function Reading({ reading }: { reading: DiagnosisReading }) {
  const flagged = reading.redFlags.length > 0;
  return (
    <section
      className={`${styles.reading} ${flagged ? styles.readingCare : TONE[reading.verdict]}`}
      aria-labelledby="diagnose-reading"
    >
      <p className={styles.readingKicker}>What your board says</p>
      <h2 id="diagnose-reading" className={styles.readingHeadline}>
        {reading.headline}
      </h2>
      {reading.points.map((p) => (
        <p key={p} className={styles.readingPoint}>
          {p}
        </p>
      ))}
      {flagged ? (
        <p className={styles.readingPoint}>
          {/* A button, not a #link: the hash is the app's route. */}
          <Button variant="ghost" size="small" onClick={goToHelp}>
            Go to the help lines
          </Button>
        </p>
      ) : null}
    </section>
  );
}
