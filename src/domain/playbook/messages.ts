/**
 * Outreach: the first message to a physician already in industry, a nudge when there is no
 * reply, and the thank-you that carries "the ask" (permission to mention them, never a request
 * for a job). Filled from the contact and the user's profile; missing fields drop their words.
 */
import type { RoleTypeId } from '../roleTypes';
import { EXPERIENCE_PHRASES, type Profile } from './profile';
import { joinParts, lines, listJoin, paragraphs, sentence, tidy, withArticle } from './text';
import { knownZone, MOVE_INTO, zonesPhrase } from './zoneNames';

export const MESSAGE_KINDS = ['first', 'nudge', 'thanks'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  first: 'First message',
  nudge: 'Follow-up, no reply yet',
  thanks: 'Thank-you, with the ask',
};
export const MESSAGE_KIND_HINTS: Record<MessageKind, string> = {
  first: 'Short and specific: who you are, what you are exploring, 15 minutes.',
  nudge: 'After a week or two of silence. Once is enough.',
  thanks: 'Within a day of the call. The ask is permission to mention them, never a job.',
};

export interface MessageContact {
  name: string;
  title?: string | undefined;
  company?: string | undefined;
  roleType: RoleTypeId | null;
}

export interface MessageFacts {
  contact: MessageContact;
  profile: Profile;
  /** The landing zones the user aims at (Playbook), used when the contact's is not known. */
  targets: readonly RoleTypeId[];
}

const TITLE_WORD = /^(dr|prof|professor)\.?$/i;

/** "Jane" for "Jane Smith", "Dr. Smith" for "Dr Jane Smith", "there" for no name. */
export function greetingName(name: string): string {
  const words = tidy(name).split(' ').filter(Boolean);
  const first = words[0];
  if (!first) return 'there';
  if (TITLE_WORD.test(first)) {
    const last = words.at(-1);
    if (words.length < 2 || !last) return 'there';
    const title = first.replace(/\.$/, '');
    return `${title[0]?.toUpperCase() ?? ''}${title.slice(1).toLowerCase()}. ${last}`;
  }
  return first;
}

/** "an internal medicine physician at St Mary’s", "a physician" */
export function whoIAm(p: Pick<Profile, 'specialty' | 'institution'>): string {
  const who = tidy(p.specialty) ? withArticle(`${tidy(p.specialty)} physician`) : 'a physician';
  return joinParts([who, tidy(p.institution) && `at ${tidy(p.institution)}`]);
}

function signOff(word: string, p: Profile): string {
  return lines([`${word},`, p.name]);
}

function experiencePhrase(p: Profile): string {
  const tags = p.experience.slice(0, 3).map((t) => EXPERIENCE_PHRASES[t]);
  return tags.length ? `experience in ${listJoin(tags)}` : '';
}

export function draftMessage(kind: MessageKind, facts: MessageFacts): string {
  const { contact, profile } = facts;
  const greeting = `Hi ${greetingName(contact.name)},`;
  const theirZone = knownZone(contact.roleType) ? contact.roleType : null;
  const area = tidy(profile.targetArea);

  if (kind === 'first') {
    const zones = facts.targets.some(knownZone) ? facts.targets : theirZone ? [theirZone] : [];
    const where = tidy(contact.company)
      ? `came to your role at ${tidy(contact.company)}`
      : theirZone
        ? `made the move ${MOVE_INTO[theirZone]}`
        : 'made the move out of clinical work';
    return paragraphs([
      greeting,
      joinParts([
        sentence(`I’m ${whoIAm(profile)}`),
        sentence(
          `Over the next year I’m exploring roles ${zonesPhrase(zones)}${area ? `, with a focus on ${area}` : ''}, and I’d value hearing how you ${where}`,
        ),
      ]),
      'Would you have 15 minutes for a call sometime this month? I’m happy to work around your schedule.',
      signOff('Thank you', profile),
    ]);
  }

  if (kind === 'nudge') {
    const move = theirZone ? MOVE_INTO[theirZone] : 'into industry';
    return paragraphs([
      greeting,
      `I wanted to bring my earlier note back to the top of your inbox. I know your time is precious: even 10 minutes on how you moved ${move} would help me a great deal.`,
      'If now isn’t a good time, no problem at all.',
      signOff('Best wishes', profile),
    ]);
  }

  const who = tidy(profile.specialty)
    ? withArticle(`${tidy(profile.specialty)} physician`)
    : 'a physician';
  const experience = experiencePhrase(profile);
  const fit = experience ? `a role where ${who} with ${experience}` : `a role where ${who}`;
  return paragraphs([
    greeting,
    'Thank you for talking with me. Your advice was really useful, and I’m going to act on it.',
    `If you come across ${fit} could fit, would you mind if I mentioned your name when I apply? Please say no if you’d rather not: I’m grateful for the conversation either way.`,
    signOff('With thanks', profile),
  ]);
}

/** The ask, phrased the safe way. */
export const THE_ASK =
  'If you see a role where my background fits, would you mind if I mentioned you when I apply?';

export interface CallChecklist {
  before: readonly string[];
  ask: readonly string[];
  avoid: readonly string[];
  after: readonly string[];
}

/** What to do around a networking call, and what to keep out of it. */
export const CALL_CHECKLIST: CallChecklist = {
  before: [
    'Read their profile: the path they took, their company, how long they have been there.',
    'Have one sentence ready on who you are and what you are exploring.',
    'Keep to the time you asked for; 15 minutes is plenty.',
  ],
  ask: [
    'How did you make the move, and what would you do differently?',
    'Which roles are realistic for someone with my background right now?',
    'What would you want to see on my CV that isn’t there yet?',
    'What does an ordinary week in your role look like?',
    'Who else would be good for me to talk to?',
    `At the end, the ask: “${THE_ASK}”`,
  ],
  avoid: [
    '“Can you get me a job?” or “Are you hiring?”: it puts them on the spot and ends the help.',
    'Salary figures in a first conversation.',
    'Complaints about your employer: talk about what you are moving towards.',
    'Running over the time you asked for.',
  ],
  after: [
    'Log the call while it is fresh, and whether they are happy to be mentioned.',
    'Send a thank-you within a day.',
    'Set a follow-up, or a check-in a few months out.',
  ],
};
