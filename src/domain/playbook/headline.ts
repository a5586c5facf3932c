/**
 * The profile builder: a LinkedIn headline that points at industry, and an outline of the About
 * section, filled from the user's profile, target landing zones and running record.
 */
import type { RoleTypeId } from '../roleTypes';
import { EXPERIENCE_PHRASES, type Profile } from './profile';
import { capitalise, joinParts, listJoin, paragraphs, sentence, tidy, withArticle } from './text';
import { HEADLINE_ZONES, knownZone, zonesPhrase } from './zoneNames';

/** LinkedIn's limit for a headline. */
export const HEADLINE_MAX = 220;

export interface ProfileFacts {
  profile: Profile;
  targets: readonly RoleTypeId[];
  /** Titles from the running record, newest first. */
  recordTitles?: readonly string[];
}

function boardWord(p: Profile): string {
  if (p.boardStatus === 'certified') return 'board-certified';
  if (p.boardStatus === 'eligible') return 'board-eligible';
  return '';
}

/** "board-certified internal medicine physician", "physician". */
function physician(p: Profile): string {
  return joinParts([boardWord(p), tidy(p.specialty), 'physician']);
}

function experienceList(p: Profile, max = 3): string {
  return listJoin(p.experience.slice(0, max).map((t) => EXPERIENCE_PHRASES[t]));
}

/**
 * "Board-certified internal medicine physician | Clinical trials, QI and medical education |
 * Exploring medical affairs and clinical development in oncology"
 */
export function headline({ profile, targets }: ProfileFacts): string {
  const zones = targets.filter(knownZone).map((z) => HEADLINE_ZONES[z]);
  const area = tidy(profile.targetArea);
  const exploring = joinParts([
    'Exploring',
    zones.length ? listJoin(zones) : 'industry roles',
    area && `in ${area}`,
  ]);
  return joinParts(
    [capitalise(physician(profile)), capitalise(experienceList(profile)), exploring],
    ' | ',
  );
}

export interface OutlinePart {
  heading: string;
  /** The filled draft; '' when there is nothing to fill it with yet. */
  text: string;
  /** What to add to fill it (shown on screen, never copied). */
  hint: string;
}

/** The About section in four short parts. */
export function aboutOutline({ profile, targets, recordTitles = [] }: ProfileFacts): OutlinePart[] {
  const area = tidy(profile.targetArea);
  const where = tidy(profile.institution);
  const who =
    tidy(profile.specialty) || where || area
      ? sentence(
          `I’m ${withArticle(physician(profile))}${where ? ` at ${where}` : ''}${area ? `, with a particular interest in ${area}` : ''}`,
        )
      : '';
  const experience = experienceList(profile, 4);
  const examples = recordTitles.map(tidy).filter(Boolean).slice(0, 3);
  const beyond = joinParts([
    experience && sentence(`Alongside patient care I have worked on ${experience}`),
    examples.length > 0 && sentence(`Recent examples: ${examples.join('; ')}`),
  ]);
  const aims = targets.some(knownZone)
    ? sentence(
        `I’m now exploring roles ${zonesPhrase(targets)}, where evidence, teaching and work across teams come together`,
      )
    : '';
  const invite = targets.some(knownZone)
    ? sentence(`I’m glad to hear from physicians and teams working ${zonesPhrase(targets)}`)
    : sentence('I’m glad to hear from physicians who have moved into industry');
  return [
    {
      heading: 'Who you are',
      text: who,
      hint: 'Add your specialty and where you work under About you.',
    },
    {
      heading: 'What you have done beyond patient care',
      text: beyond,
      hint: 'Tick your experience under About you, or add entries to your running record.',
    },
    {
      heading: 'What you are looking for',
      text: aims,
      hint: 'Choose one or two landing zones.',
    },
    { heading: 'An open door', text: invite, hint: '' },
  ];
}

/** The outline's filled parts as one text to paste into LinkedIn. */
export function aboutText(parts: readonly OutlinePart[]): string {
  return paragraphs(parts.map((p) => p.text));
}
