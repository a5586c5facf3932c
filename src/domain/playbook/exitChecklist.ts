/**
 * Never burn a bridge: the "leave on good terms" checklist that hangs off the hand-over
 * milestone. Ticked items are the `exitChecklist` settings row.
 */
/** Ids are stored; never rename one. */
export const EXIT_CHECKLIST: readonly { id: string; text: string }[] = [
  { id: 'patients', text: 'Each patient handed over with a written plan and a named colleague' },
  { id: 'results', text: 'Open results, referrals and messages passed on' },
  { id: 'charts', text: 'Notes finished and charts signed' },
  { id: 'tail', text: 'Tail coverage settled: who pays, and from when' },
  { id: 'licence', text: 'Medical licence kept active, with its renewal date in your calendar' },
  { id: 'cme', text: 'CME kept up, and your board certification’s next step noted' },
  {
    id: 'per-diem',
    text: 'A little per-diem or part-time clinical work considered for a year or two',
  },
  { id: 'references', text: 'Two colleagues happy to be references, with their details saved' },
  { id: 'records', text: 'Your own case or procedure logs and evaluations copied' },
  { id: 'goodbye', text: 'Thanked the team, and left the door open' },
];
