import { useMemo } from 'react';
import { formatMoney } from '../../domain/money';
import { plural } from '../../domain/counts';
import { coverageOf } from '../../domain/networking/coverage';
import { ROLE_TYPE_LABELS } from '../../domain/roleTypes';
import type { Plan } from '../../domain/schema/plan';
import { MAX_TARGETS } from '../../domain/playbook/targets';
import {
  CLINICAL_PAY,
  comparePay,
  EFFECT_LABELS,
  fixesOfA,
  PAY_NOTE,
  TRAVEL_LABELS,
  ZONE_IDS,
  ZONES,
  zoneFit,
  type DiagnoseFacts,
  type Effect,
  type ZoneId,
} from '../../domain/playbook/zones';
import { useContacts } from '../../db/contacts';
import { useDiagnoseItems } from '../../db/diagnose';
import { useExitPlan } from '../../db/exitPlanRead';
import { toggleTargetZone } from '../../db/playbook';
import { useSetting } from '../../db/settings';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { report } from './report';
import styles from './Playbook.module.css';

const thousands = (k: number) => formatMoney(k * 1000, 'USD');

/** Landing zones compared against the user's own pay and Diagnose items; one or two chosen as targets. */
export function ZonesPanel({ plan }: { plan: Plan }) {
  const targets = useSetting('targetRoleTypes');
  const currency = useSetting('currency');
  const exitPlan = useExitPlan(plan.id);
  const items = useDiagnoseItems();
  const contacts = useContacts();
  const known = useMemo(
    () => new Map((contacts ? coverageOf(contacts) : []).map((r) => [r.roleType, r.count])),
    [contacts],
  );

  if (!targets || !currency || exitPlan === undefined || !items)
    return <p role="status">Loading the landing zones…</p>;

  const pay = exitPlan?.currentAnnualPay ?? null;
  const full = targets.length >= MAX_TARGETS;

  return (
    <>
      <section aria-labelledby="zones-heading" className={styles.section}>
        <h2 id="zones-heading" className={styles.sectionTitle}>
          Landing zones
        </h2>
        <div className={styles.facts}>
          <p>
            {pay !== null ? (
              <>
                Your pay now: <strong>{formatMoney(pay, currency)}</strong> a year (from the{' '}
                <a href="#/exit">Exit plan</a>).
                {currency !== 'USD'
                  ? ' The ballparks below are US figures, so they are not compared with it.'
                  : null}
              </>
            ) : (
              <>
                Add your current annual pay in the <a href="#/exit">Exit plan</a> (Contract) to see
                each ballpark against it.
              </>
            )}
          </p>
          <p>
            {items.length > 0 ? (
              <>
                Read against the {plural(items.length, 'item')} on your{' '}
                <a href="#/diagnose">Diagnose</a> board.
              </>
            ) : (
              <>
                Sort what you feel about your job on <a href="#/diagnose">Diagnose</a> to see what
                each zone would likely fix.
              </>
            )}
          </p>
          <p>
            {targets.length > 0
              ? `Aiming at: ${targets.map((t) => ROLE_TYPE_LABELS[t]).join(' and ')}. Networking and Opportunities use this.`
              : `Choose one or two to aim at: Networking then shows who you know there, and new opportunities start with it.`}
          </p>
        </div>

        <div
          className={styles.tableWrap}
          tabIndex={0}
          role="region"
          aria-label="Landing zones at a glance"
        >
          <table className={styles.table}>
            <caption className="visually-hidden">Landing zones at a glance</caption>
            <thead>
              <tr>
                <th scope="col">Landing zone</th>
                <th scope="col">Early pay, ballpark</th>
                <th scope="col">Against your pay</th>
                <th scope="col">Travel</th>
                <th scope="col">Column A it likely fixes</th>
              </tr>
            </thead>
            <tbody>
              {ZONE_IDS.map((id) => {
                const zone = ZONES[id];
                const against = comparePay(zone, pay, currency);
                const a = fixesOfA(id, items);
                return (
                  <tr key={id} className={targets.includes(id) ? styles.targetRow : undefined}>
                    <th scope="row">
                      {ROLE_TYPE_LABELS[id]}
                      {targets.includes(id) ? (
                        <span className="visually-hidden"> (your target)</span>
                      ) : null}
                    </th>
                    <td data-label="Early pay">
                      {zone.pay ? thousands(zone.pay.thousands) : 'No figure'}
                    </td>
                    <td data-label="Vs. your pay">{against ? against.words : '—'}</td>
                    <td data-label="Travel">{TRAVEL_LABELS[zone.travel.level]}</td>
                    <td data-label="Fixes in A">{a.of === 0 ? '—' : `${a.fixed} of ${a.of}`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className={styles.note}>
          {PAY_NOTE} For comparison:{' '}
          {CLINICAL_PAY.map((c) => `${c.label.toLowerCase()} ${thousands(c.thousands)}`).join(', ')}
          .
        </p>
      </section>

      <div className={styles.zones}>
        {ZONE_IDS.map((id) => (
          <ZoneCard
            key={id}
            id={id}
            chosen={targets.includes(id)}
            full={full}
            items={items}
            pay={pay}
            currency={currency}
            known={known.get(id) ?? 0}
          />
        ))}
      </div>
    </>
  );
}

const SHOWN_EFFECTS: readonly Effect[] = ['fixes', 'worse', 'maybe', 'keeps', 'loses'];

function ZoneCard({
  id,
  chosen,
  full,
  items,
  pay,
  currency,
  known,
}: {
  id: ZoneId;
  chosen: boolean;
  full: boolean;
  items: readonly DiagnoseFacts[];
  pay: number | null;
  currency: string;
  known: number;
}) {
  const zone = ZONES[id];
  const label = ROLE_TYPE_LABELS[id];
  const against = comparePay(zone, pay, currency);
  const fit = zoneFit(id, items);
  const headingId = `zone-${id}`;
  return (
    <article
      className={`${styles.zone} ${chosen ? styles.zoneChosen : ''}`}
      aria-labelledby={headingId}
    >
      <div className={styles.zoneHead}>
        <h3 id={headingId} className={styles.zoneTitle}>
          {label}
        </h3>
        <div className={styles.zoneActions}>
          {chosen ? <Badge tone="accent">Your target</Badge> : null}
          <Button
            size="small"
            variant={chosen ? 'primary' : 'secondary'}
            aria-pressed={chosen}
            aria-label={`Aim here: ${label}`}
            onClick={() => void report(() => toggleTargetZone(id))}
            aria-describedby={!chosen && full ? `zones-full-${id}` : undefined}
          >
            Aim here
          </Button>
        </div>
      </div>
      {!chosen && full ? (
        <p id={`zones-full-${id}`} className={styles.small}>
          Two chosen already: take one off to aim here.
        </p>
      ) : null}
      <p>{zone.work}</p>
      <dl className={styles.zoneFacts}>
        <div>
          <dt>Pay</dt>
          <dd>
            {zone.pay
              ? `About ${thousands(zone.pay.thousands)} a year for ${zone.pay.basis}.`
              : 'No figure in our reference: ask the people you talk to what a first role pays.'}
            {against ? <strong className={styles.against}> {against.words}.</strong> : null}
          </dd>
        </div>
        <div>
          <dt>Travel</dt>
          <dd>{zone.travel.text}</dd>
        </div>
        <div>
          <dt>Titles</dt>
          <dd>{zone.titles.join(', ')}</dd>
        </div>
        <div>
          <dt>People you know here</dt>
          <dd>
            <a href="#/networking">{known === 0 ? 'No one yet' : plural(known, 'contact')}</a>
          </dd>
        </div>
      </dl>
      <div className={styles.fit}>
        <h4 className={styles.listTitle}>Your Diagnose items</h4>
        {items.length === 0 ? (
          <p className={styles.small}>
            Nothing on your <a href="#/diagnose">Diagnose</a> board yet.
          </p>
        ) : (
          SHOWN_EFFECTS.filter((e) => fit[e].length > 0).map((e) => (
            <p key={e} className={`${styles.fitRow} ${styles[`fit-${e}`] ?? ''}`}>
              <strong>{EFFECT_LABELS[e]}:</strong> {fit[e].map((i) => i.title).join('; ')}
            </p>
          ))
        )}
      </div>
      <div className={styles.twoLists}>
        <div>
          <h4 className={styles.listTitle}>Upsides</h4>
          <ul className={styles.list}>
            {zone.upsides.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4 className={styles.listTitle}>Honest downsides</h4>
          <ul className={styles.list}>
            {zone.downsides.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      </div>
      {zone.note ? <p className={styles.small}>{zone.note}</p> : null}
    </article>
  );
}
