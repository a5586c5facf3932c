import type { DiagnosisReading } from '../../domain/diagnosis';
import styles from './Diagnose.module.css';

const TONE: Record<DiagnosisReading['verdict'], string> = {
  empty: styles.readingNeutral ?? '',
  'no-a': styles.readingNeutral ?? '',
  untagged: styles.readingNeutral ?? '',
  'industry-fits': styles.readingGo ?? '',
  'clinical-change': styles.readingStay ?? '',
  mixed: styles.readingMixed ?? '',
};

/** "What your board says": the reading of column A, in plain words. */
export function Reading({ reading }: { reading: DiagnosisReading }) {
  return (
    <section
      className={`${styles.reading} ${TONE[reading.verdict]}`}
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
    </section>
  );
}
