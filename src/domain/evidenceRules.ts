/**
 * When each kind of milestone evidence is met (domain/evidence.ts), and what its card says, from
 * facts summarised from the other screens' rows: the diagnose board, the running record, the
 * pipeline and the exit plan. Calls are counted by the database (db/evidence.ts) through its
 * `day` index, never read whole. A date that is not a real calendar day (bad data from an older
 * version) counts as missing. The rules, kind by kind, are listed in docs/screens.md.
 */
import { isDay, shortDayLabel, today as dayOfDate, type Day } from './calendar';
import { plural } from './counts';
import {
  diagnosisVerdict,
  isSortedVerdict,
  VERDICT_HEADLINES,
  type DiagnoseFacts,
} from './diagnosis';
import type { Evidence, EvidenceBoard, EvidenceKind, Pace } from './evidence';
import { countdown, NOTICE_NOW, type OfferInHand } from './notice';
import { offerInHand, type Stage, type StageChange } from './opportunity';
import type { RecordKind } from './record';
import type { ExitFacts } from './glance';
import { runway } from './runway';

// ---------------------------------------------------------------------------------------------
// Facts: what the other screens hold, summarised

export interface CallFacts {
  /** Calls that have happened (dated today or earlier). */
  count: number;
  first: Day | null;
  last: Day | null;
  thisWeek: number;
  lastWeek: number;
  /** The weekly target (0: no target, so no pace). */
  target: number;
}

export interface PipelineFacts {
  total: number;
  /** The day the first role went on the board. */
  firstAddedOn: Day | null;
  /** Roles that reached each step (or went past it), and the first day one did. */
  applied: { count: number; on: Day | null };
  interview: { count: number; on: Day | null };
  finalRound: { count: number; on: Day | null };
  offer: { count: number; on: Day | null };
  accepted: { count: number; on: Day | null };
  /** The best offer in hand now (the notice rule reads it). */
  inHand: OfferInHand;
}

export interface EvidenceFacts {
  diagnosis: {
    items: number;
    inA: number;
    /** Something in A is tagged: the board gives an answer (domain/diagnosis.ts `isSortedVerdict`). */
    sorted: boolean;
    /** The verdict's headline. */
    headline: string;
    /** The day the first tagged item in A was added (null when unknown or not sorted). */
    sortedOn: Day | null;
  };
  runway: { months: number | null; savedOn: Day | null };
  record: {
    entries: number;
    firstOn: Day | null;
    latest: Day | null;
    industryWork: number;
    industryWorkOn: Day | null;
  };
  calls: CallFacts;
  pipeline: PipelineFacts;
  exit: {
    noticeDays: number | null;
    plannedStartDate: Day | null;
    noticeGivenOn: Day | null;
    /** The day the notice period was first saved. */
    contractOn: Day | null;
  };
}

// ---------------------------------------------------------------------------------------------
// Facts from rows

/** The local calendar day of a stored timestamp; null when it is not a real one. */
export function dayOfTimestamp(iso: string): Day | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : dayOfDate(d);
}

const validDay = (d: Day | null | undefined): Day | null => (d && isDay(d) ? d : null);

const earlier = (a: Day | null, b: Day | null) => (a === null ? b : b === null || a <= b ? a : b);
const later = (a: Day | null, b: Day | null) => (a === null ? b : b === null || a >= b ? a : b);

interface Stamped {
  createdAt: string;
}

export function diagnosisFacts(
  items: readonly (Pick<DiagnoseFacts, 'column' | 'fit'> & Stamped)[],
): EvidenceFacts['diagnosis'] {
  const verdict = diagnosisVerdict(items);
  let sortedOn: Day | null = null;
  let inA = 0;
  for (const i of items) {
    if (i.column !== 'a') continue;
    inA++;
    if (i.fit !== 'unsure') sortedOn = earlier(sortedOn, dayOfTimestamp(i.createdAt));
  }
  const sorted = isSortedVerdict(verdict);
  return {
    items: items.length,
    inA,
    sorted,
    headline: VERDICT_HEADLINES[verdict],
    sortedOn: sorted ? sortedOn : null,
  };
}

/** Record kinds that count as industry-flavoured work (docs/domain.md, the plan's months 4-6). */
export const INDUSTRY_WORK_KINDS: readonly RecordKind[] = ['qi', 'trial', 'teaching', 'project'];

export function recordFacts(
  entries: readonly ({ date: Day; kind: RecordKind } & Stamped)[],
): EvidenceFacts['record'] {
  let firstOn: Day | null = null;
  let latest: Day | null = null;
  let industryWork = 0;
  let industryWorkOn: Day | null = null;
  for (const e of entries) {
    const added = dayOfTimestamp(e.createdAt);
    firstOn = earlier(firstOn, added);
    latest = later(latest, validDay(e.date));
    if (INDUSTRY_WORK_KINDS.includes(e.kind)) {
      industryWork++;
      industryWorkOn = earlier(industryWorkOn, added);
    }
  }
  return { entries: entries.length, firstOn, latest, industryWork, industryWorkOn };
}

/** How far along the pipeline a stage is; Closed says nothing (its history does). */
const STEP: Record<Stage, number> = {
  target: 0,
  applied: 1,
  interviewing: 2,
  'final-round': 3,
  'verbal-offer': 4,
  'written-offer': 5,
  accepted: 6,
  closed: -1,
};

export function pipelineFacts(
  opportunities: readonly { stage: Stage; history: readonly StageChange[] }[],
): PipelineFacts {
  const reached = (min: number) => {
    let count = 0;
    let on: Day | null = null;
    for (const o of opportunities) {
      let first: Day | null = null;
      let hit = STEP[o.stage] >= min;
      for (const h of o.history) {
        if (STEP[h.stage] < min) continue;
        hit = true;
        first = earlier(first, validDay(h.on));
      }
      if (!hit) continue;
      count++;
      on = earlier(on, first);
    }
    return { count, on };
  };
  let firstAddedOn: Day | null = null;
  for (const o of opportunities) firstAddedOn = earlier(firstAddedOn, validDay(o.history[0]?.on));
  return {
    total: opportunities.length,
    firstAddedOn,
    applied: reached(STEP.applied),
    interview: reached(STEP.interviewing),
    finalRound: reached(STEP['final-round']),
    offer: reached(STEP['verbal-offer']),
    accepted: reached(STEP.accepted),
    inHand: offerInHand(opportunities),
  };
}

export interface ExitPlanFacts extends ExitFacts, Stamped {
  /** The day the runway was first complete (stamped by the exit plan's writes). */
  runwaySavedOn?: Day | null | undefined;
  /** The day the notice period was first saved. */
  contractSavedOn?: Day | null | undefined;
}

export function exitFacts(x: ExitPlanFacts | null): Pick<EvidenceFacts, 'runway' | 'exit'> {
  if (!x)
    return {
      runway: { months: null, savedOn: null },
      exit: { noticeDays: null, plannedStartDate: null, noticeGivenOn: null, contractOn: null },
    };
  // Rows saved before these days were stamped: the row's first save is the best day known.
  const firstSave = dayOfTimestamp(x.createdAt);
  const months = runway({
    cash: x.cash,
    expenses: x.expenses,
    nothingLinedUp: x.nothingLinedUp,
  }).months;
  return {
    runway: { months, savedOn: months === null ? null : (validDay(x.runwaySavedOn) ?? firstSave) },
    exit: {
      noticeDays: x.noticeDays,
      plannedStartDate: validDay(x.plannedStartDate),
      noticeGivenOn: validDay(x.noticeGivenOn),
      contractOn: x.noticeDays === null ? null : (validDay(x.contractSavedOn) ?? firstSave),
    },
  };
}

export interface EvidenceRows {
  diagnoseItems: Parameters<typeof diagnosisFacts>[0];
  recordEntries: Parameters<typeof recordFacts>[0];
  opportunities: Parameters<typeof pipelineFacts>[0];
  exitPlan: ExitPlanFacts | null;
  calls: CallFacts;
}

export function evidenceFacts(rows: EvidenceRows): EvidenceFacts {
  return {
    diagnosis: diagnosisFacts(rows.diagnoseItems),
    record: recordFacts(rows.recordEntries),
    pipeline: pipelineFacts(rows.opportunities),
    calls: rows.calls,
    ...exitFacts(rows.exitPlan),
  };
}

// ---------------------------------------------------------------------------------------------
// When each kind is met, and what the card says

const mk = (
  kind: EvidenceKind,
  met: boolean,
  on: Day | null,
  line: string,
  due: Evidence['due'] = null,
  pace: Pace | null = null,
): Evidence => ({ kind, met, on: met ? on : null, line, due, pace });

/**
 * The pace of an ongoing networking habit, by the streak's rule (domain/networking.ts): on track
 * while this week or last week met the target, or in the first week of calls; a week still under
 * way never counts against it. Null with no target or no call yet.
 */
export function callPace(c: CallFacts, thisWeekStart: Day): Pace | null {
  if (c.target <= 0 || c.count === 0) return null;
  if (c.thisWeek >= c.target || c.lastWeek >= c.target) return 'on-track';
  return c.first !== null && c.first >= thisWeekStart ? 'on-track' : 'behind';
}

const formatMonths = (n: number) =>
  `${Number.isInteger(n) ? String(n) : n.toFixed(1)} ${n === 1 ? 'month' : 'months'}`;

/** Every kind's evidence from one set of facts. `weekStart` is the Monday of today's week. */
export function evidenceBoard(f: EvidenceFacts, today: Day, weekStart: Day): EvidenceBoard {
  const day = (d: Day) => shortDayLabel(d, today);
  const d = f.diagnosis;
  const r = f.record;
  const c = f.calls;
  const p = f.pipeline;
  const x = f.exit;

  const diagnosis = mk(
    'diagnosis',
    d.sorted,
    d.sortedOn,
    d.sorted
      ? `Diagnose: ${d.headline}`
      : d.items === 0
        ? 'Nothing sorted on Diagnose yet'
        : d.inA === 0
          ? `${plural(d.items, 'thing')} sorted on Diagnose, none in A yet`
          : `${plural(d.inA, 'thing')} in A on Diagnose, none tagged yet`,
  );

  const runway = mk(
    'runway',
    f.runway.months !== null,
    f.runway.savedOn,
    f.runway.months !== null
      ? `${formatMonths(f.runway.months)} of runway`
      : 'No runway worked out yet',
  );

  const record = mk(
    'record',
    r.entries > 0,
    r.firstOn,
    r.entries > 0 && r.latest
      ? `${plural(r.entries, 'entry', 'entries')} · latest ${day(r.latest)}`
      : 'No entries in your running record yet',
  );

  const pace = callPace(c, weekStart);
  const paceNote =
    pace === 'behind'
      ? ` · ${c.thisWeek} this week, ${c.lastWeek} last week (target ${c.target})`
      : pace === 'on-track'
        ? ` · ${c.thisWeek} of ${c.target} this week`
        : '';
  const calls = mk(
    'calls',
    c.count > 0,
    c.first,
    c.count > 0 && c.last
      ? `${plural(c.count, 'call')} · last ${day(c.last)}${paceNote}`
      : 'No calls logged yet',
    null,
    pace,
  );

  const industryWork = mk(
    'industry-work',
    r.industryWork > 0,
    r.industryWorkOn,
    r.industryWork > 0
      ? `${plural(r.industryWork, 'entry', 'entries')} of QI, trial, teaching or project work`
      : 'No QI, trial, teaching or project work in your record yet',
  );

  const targets = mk(
    'targets',
    p.total > 0,
    p.firstAddedOn,
    p.total > 0
      ? `${plural(p.total, 'role')} on your Opportunities board`
      : 'No roles on your Opportunities board yet',
  );
  const applied = mk(
    'applied',
    p.applied.count > 0,
    p.applied.on,
    p.applied.count > 0
      ? `Applied to ${plural(p.applied.count, 'role')}`
      : p.total > 0
        ? `${plural(p.total, 'role')} on your list, none applied to yet`
        : 'No applications yet',
  );
  const interview = mk(
    'interview',
    p.interview.count > 0,
    p.interview.on,
    p.interview.count > 0
      ? `${plural(p.interview.count, 'role')} reached interviews`
      : 'No interviews yet',
  );
  const offer = mk(
    'offer',
    p.offer.count > 0,
    p.offer.on,
    p.offer.count > 0
      ? `${plural(p.offer.count, 'offer')}${p.accepted.count > 0 ? ` · ${p.accepted.count} accepted` : ''}`
      : p.finalRound.count > 0
        ? `${plural(p.finalRound.count, 'role')} in final rounds, no offer yet`
        : 'No offers yet',
  );
  const contract = mk(
    'contract',
    x.noticeDays !== null,
    x.contractOn,
    x.noticeDays !== null
      ? `${plural(x.noticeDays, 'day')}’ notice in your contract`
      : 'Notice period not in the exit plan yet',
  );

  const cd = countdown({
    noticeDays: x.noticeDays,
    plannedStartDate: x.plannedStartDate,
    noticeGivenOn: x.noticeGivenOn,
    offer: p.inHand,
    today,
  });
  // A date an older version stored outside the window any record may hold: nothing is counted
  // from it, and the card says what to fix (as the Exit plan does).
  const wrong = cd.state === 'date-looks-wrong' ? cd : null;
  const given =
    !wrong && x.noticeGivenOn !== null && x.noticeGivenOn <= today ? x.noticeGivenOn : null;
  const lastDay =
    cd.state === 'notice-given' || cd.state === 'notice-served' ? cd.lastClinicalDay : null;

  let notice: Evidence;
  if (wrong) {
    notice = mk('notice', false, null, wrong.message, 'later');
  } else if (given) {
    notice = mk(
      'notice',
      true,
      given,
      lastDay
        ? `Notice given ${day(given)} · last clinical day ${day(lastDay)}`
        : `Notice given ${day(given)}`,
    );
  } else if (p.inHand === 'none') {
    // The rule: no notice before an offer. The offers are what is late, not this.
    notice = mk('notice', false, null, NOTICE_NOW.none, 'later');
  } else if (cd.state === 'window-open') {
    notice = mk(
      'notice',
      false,
      null,
      `Give notice by ${day(cd.giveNoticeBy)} · ${NOTICE_NOW[p.inHand]}`,
      cd.giveNoticeBy,
    );
  } else if (cd.state === 'too-late') {
    notice = mk(
      'notice',
      false,
      null,
      `The give-notice-by day (${day(cd.giveNoticeBy)}) has passed; the earliest start now is ${day(cd.earliestStart)}`,
      cd.giveNoticeBy,
    );
  } else {
    notice = mk(
      'notice',
      false,
      null,
      `${NOTICE_NOW[p.inHand]} ${x.noticeDays === null ? 'Add your notice period to the exit plan' : 'Add the start date to the exit plan'} to see the give-notice-by day.`,
      'later',
    );
  }

  const lastDayEvidence = lastDay
    ? mk(
        'last-day',
        lastDay <= today,
        lastDay,
        lastDay <= today
          ? `Last clinical day was ${day(lastDay)}`
          : `Last clinical day ${day(lastDay)}`,
        lastDay,
      )
    : mk('last-day', false, null, 'Set once you give notice', 'later');

  const start = x.plannedStartDate;
  const committed = p.accepted.count > 0 || given !== null;
  let started: Evidence;
  if (wrong?.field === 'plannedStartDate') {
    started = mk('started', false, null, wrong.message, 'later');
  } else if (!start) {
    started = mk(
      'started',
      false,
      null,
      committed ? 'Add your start date to the exit plan' : 'No start date yet',
      'later',
    );
  } else if (start > today) {
    const clash = lastDay !== null && start <= lastDay;
    started = mk(
      'started',
      false,
      null,
      clash
        ? `Starts ${day(start)}, before your notice ends (${day(lastDay)})`
        : `Starts ${day(start)}`,
      start,
    );
  } else if (committed) {
    started = mk('started', true, start, `Started ${day(start)}`);
  } else {
    started = mk(
      'started',
      false,
      null,
      `The planned start (${day(start)}) has passed with no offer accepted`,
      'later',
    );
  }

  return {
    diagnosis,
    runway,
    record,
    calls,
    'industry-work': industryWork,
    targets,
    applied,
    interview,
    offer,
    contract,
    notice,
    'last-day': lastDayEvidence,
    started,
  };
}
