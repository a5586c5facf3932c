import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPERIENCE_TAGS, type Profile } from '../../../src/domain/playbook/profile';
import { aboutOutline, aboutText, headline } from '../../../src/domain/playbook/headline';
import {
  draftMessage,
  greetingName,
  MESSAGE_KINDS,
  whoIAm,
} from '../../../src/domain/playbook/messages';
import { translateEntry } from '../../../src/domain/playbook/translate';
import { article, listJoin, paragraphs, sentence } from '../../../src/domain/playbook/text';
import { EMPTY_PROFILE } from '../../../src/domain/settings';
import { RECORD_KINDS, INDUSTRY_SKILLS } from '../../../src/domain/record';
import { ROLE_TYPE_IDS } from '../../../src/domain/roleTypes';

const FULL: Profile = {
  name: 'Sam Patel',
  specialty: 'internal medicine',
  institution: 'St Mary’s Hospital',
  targetArea: 'oncology',
  boardStatus: 'certified',
  experience: ['trials', 'qi', 'education'],
};

/** What a filled text must never show, whatever was left empty. */
function expectClean(text: string) {
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  expect(text).not.toMatch(/[{}]/);
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/\s[,.;:!?]/);
  expect(text).not.toMatch(/,\s*[,.]/);
  expect(text).not.toMatch(/\.\./);
  expect(text).not.toMatch(/^\s|\s$/);
  expect(text).not.toMatch(/\b(a|an|at|in|with|to|of|and) [.,:]/);
  expect(text).not.toMatch(/\n{3,}/);
}

describe('text helpers', () => {
  it('joins lists the way people write them', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['QI'])).toBe('QI');
    expect(listJoin(['QI', ' ', 'trials'])).toBe('QI and trials');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('picks a or an by sound', () => {
    expect(article('internal medicine')).toBe('an');
    expect(article('emergency')).toBe('an');
    expect(article('cardiology')).toBe('a');
    expect(article('urology')).toBe('a');
    expect(article('ENT')).toBe('an');
    expect(article('ICU')).toBe('an');
    expect(article('PM&R')).toBe('a');
    expect(article('hour-long')).toBe('an');
  });

  it('ends sentences once, and drops empty ones and blank paragraphs', () => {
    expect(sentence('  led the   project ')).toBe('Led the project.');
    expect(sentence('Done!')).toBe('Done!');
    expect(sentence('trailing comma,')).toBe('Trailing comma.');
    expect(sentence('   ')).toBe('');
    expect(paragraphs(['Hi,', '', null, 'Line one\n\nLine two'])).toBe('Hi,\n\nLine one\nLine two');
  });
});

describe('outreach messages', () => {
  const contact = { name: 'Jane Smith', company: 'Acme Bio', roleType: 'medical-affairs' as const };

  it('fills the first message with the contact’s name and the user’s specialty, institution and area', () => {
    const text = draftMessage('first', { contact, profile: FULL, targets: ['medical-affairs'] });
    expect(text).toBe(
      [
        'Hi Jane,',
        'I’m an internal medicine physician at St Mary’s Hospital. Over the next year I’m exploring roles in medical affairs, with a focus on oncology, and I’d value hearing how you came to your role at Acme Bio.',
        'Would you have 15 minutes for a call sometime this month? I’m happy to work around your schedule.',
        'Thank you,\nSam Patel',
      ].join('\n\n'),
    );
  });

  it('still reads cleanly with an empty profile and a contact with only a name', () => {
    const text = draftMessage('first', {
      contact: { name: 'Lee', roleType: null },
      profile: EMPTY_PROFILE,
      targets: [],
    });
    expect(text).toContain('Hi Lee,');
    expect(text).toContain('I’m a physician. Over the next year I’m exploring roles in industry,');
    expect(text).toContain('how you made the move out of clinical work.');
    expect(text.endsWith('Thank you,')).toBe(true);
    expectClean(text);
  });

  it('asks for permission to mention them, never for a job', () => {
    const text = draftMessage('thanks', { contact, profile: FULL, targets: [] });
    expect(text).toContain('would you mind if I mentioned your name when I apply?');
    expect(text).toContain(
      'a role where an internal medicine physician with experience in clinical trials, QI and medical education could fit',
    );
    expect(text.toLowerCase()).not.toMatch(/get me a job|are you hiring|can you hire/);
  });

  it('greets by first name, or by title and surname', () => {
    expect(greetingName('Jane Smith')).toBe('Jane');
    expect(greetingName('dr jane smith')).toBe('Dr. smith');
    expect(greetingName('Prof. Ada Okafor')).toBe('Prof. Okafor');
    expect(greetingName('Dr.')).toBe('there');
    expect(greetingName('  ')).toBe('there');
  });

  it('says who the user is with the right article', () => {
    expect(whoIAm({ specialty: 'emergency medicine', institution: '' })).toBe(
      'an emergency medicine physician',
    );
    expect(whoIAm({ specialty: '', institution: 'City Clinic' })).toBe(
      'a physician at City Clinic',
    );
  });

  it('mentions the landing zones in plain words, two at most', () => {
    const text = draftMessage('first', {
      contact: { name: 'Kim', roleType: null },
      profile: FULL,
      targets: ['medtech', 'payer'],
    });
    expect(text).toContain('exploring roles in medtech and on the payer side');
  });
});

describe('profile builder', () => {
  it('builds a headline that points at industry', () => {
    expect(headline({ profile: FULL, targets: ['medical-affairs', 'clinical-development'] })).toBe(
      'Board-certified internal medicine physician | Clinical trials, QI and medical education | Exploring medical affairs and clinical development in oncology',
    );
  });

  it('builds a plain headline from nothing', () => {
    expect(headline({ profile: EMPTY_PROFILE, targets: [] })).toBe(
      'Physician | Exploring industry roles',
    );
  });

  it('fills the About outline and leaves a part empty (with a hint) when nothing fills it', () => {
    const parts = aboutOutline({
      profile: { ...EMPTY_PROFILE, specialty: 'cardiology' },
      targets: [],
      recordTitles: ['Heart failure clinic pathway'],
    });
    expect(parts.map((p) => p.text)).toEqual([
      'I’m a cardiology physician.',
      'Recent examples: Heart failure clinic pathway.',
      '',
      'I’m glad to hear from physicians who have moved into industry.',
    ]);
    expect(parts[2]?.hint).toMatch(/landing zones/);
    expect(aboutText(parts)).toBe(
      'I’m a cardiology physician.\n\nRecent examples: Heart failure clinic pathway.\n\nI’m glad to hear from physicians who have moved into industry.',
    );
  });
});

describe('translating the record', () => {
  it('writes each theme from the entry’s own words', () => {
    const lines = translateEntry({
      title: 'sepsis pathway',
      kind: 'qi',
      role: 'project lead',
      impact: 'door-to-antibiotic time down 20%',
      skills: ['speaking'],
    });
    expect(lines.map((l) => l.label)).toEqual([
      'Working across teams',
      'Working with data',
      'Communication',
      'Running programmes',
    ]);
    expect(lines[0]?.line).toBe(
      'Led sepsis pathway, bringing together physicians, nursing, pharmacy and management. Door-to-antibiotic time down 20%.',
    );
    expect(lines[1]?.line).toBe(
      'As project lead, reviewed the data behind sepsis pathway and used it to change how care was delivered. Door-to-antibiotic time down 20%.',
    );
  });
});

// Property tests: whatever is missing, no template shows a gap.
const words = fc.oneof(
  fc.constant(''),
  fc.constant('   '),
  fc.constantFrom('oncology', 'internal medicine', 'ENT', 'St Mary’s', 'Dr. Ann Lee', 'Ó Briain'),
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[{}[\].,;:!?\s]/g, 'x')),
);
const profileArb: fc.Arbitrary<Profile> = fc.record({
  name: words,
  specialty: words,
  institution: words,
  targetArea: words,
  boardStatus: fc.constantFrom('certified', 'eligible', 'unsaid'),
  experience: fc.subarray([...EXPERIENCE_TAGS]),
});
const zones = fc.subarray([...ROLE_TYPE_IDS], { maxLength: 2 });

describe('filled texts never show a missing field', () => {
  it('messages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MESSAGE_KINDS),
        profileArb,
        zones,
        fc.record({
          name: words,
          company: fc.option(words, { nil: undefined }),
          roleType: fc.option(fc.constantFrom(...ROLE_TYPE_IDS), { nil: null }),
        }),
        (kind, profile, targets, contact) => {
          const text = draftMessage(kind, { contact, profile, targets });
          expectClean(text);
          expect(text.startsWith('Hi ')).toBe(true);
        },
      ),
    );
  });

  it('headline and About', () => {
    fc.assert(
      fc.property(
        profileArb,
        zones,
        fc.array(words, { maxLength: 4 }),
        (profile, targets, titles) => {
          expectClean(headline({ profile, targets }));
          for (const part of aboutOutline({ profile, targets, recordTitles: titles })) {
            if (part.text) expectClean(part.text);
          }
          const about = aboutText(aboutOutline({ profile, targets, recordTitles: titles }));
          if (about) expectClean(about);
        },
      ),
    );
  });

  it('translations', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: words,
          kind: fc.constantFrom(...RECORD_KINDS),
          role: words,
          impact: words,
          skills: fc.subarray([...INDUSTRY_SKILLS]),
        }),
        (entry) => {
          const lines = translateEntry(entry);
          expect(lines.length).toBeGreaterThan(0);
          for (const l of lines) expectClean(l.line);
        },
      ),
    );
  });
});
