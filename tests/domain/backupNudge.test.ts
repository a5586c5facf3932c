import { describe, expect, it } from 'vitest';
import {
  countsSentence,
  fileSizeLabel,
  kindName,
  kindTitle,
  timestampLabel,
} from '../../src/domain/backupFormat';
import { daysSinceBackup, needsBackupNudge } from '../../src/domain/backupNudge';

const at = (iso: string) => new Date(iso);

describe('the backup reminder', () => {
  const base = {
    firstUsedAt: '2027-01-01T08:00:00.000Z',
    lastChangeAt: '2027-01-20T08:00:00.000Z',
    lastBackupAt: null,
  };

  it('stays quiet with no changes, however long it has been', () => {
    expect(needsBackupNudge({ ...base, lastChangeAt: null }, at('2028-01-01T00:00:00Z'))).toBe(
      false,
    );
  });

  it('reminds 30 days after first use when there was never a backup', () => {
    expect(needsBackupNudge(base, at('2027-01-30T07:59:59Z'))).toBe(false);
    expect(needsBackupNudge(base, at('2027-01-31T08:00:00Z'))).toBe(true);
  });

  it('reminds 30 days after the last backup, only if something changed since', () => {
    const backedUp = { ...base, lastBackupAt: '2027-02-01T00:00:00.000Z' };
    expect(needsBackupNudge(backedUp, at('2027-06-01T00:00:00Z'))).toBe(false); // change is older than the backup
    const changed = { ...backedUp, lastChangeAt: '2027-02-10T00:00:00.000Z' };
    expect(needsBackupNudge(changed, at('2027-03-02T23:59:00Z'))).toBe(false);
    expect(needsBackupNudge(changed, at('2027-03-03T00:00:00Z'))).toBe(true);
  });

  it('counts days across a leap day and a DST change as elapsed time', () => {
    const h = {
      firstUsedAt: '2028-02-01T12:00:00.000Z',
      lastChangeAt: '2028-02-02T12:00:00.000Z',
      lastBackupAt: '2028-02-15T12:00:00.000Z',
    };
    expect(
      needsBackupNudge(
        { ...h, lastChangeAt: '2028-03-01T12:00:00.000Z' },
        at('2028-03-16T12:00:00Z'),
      ),
    ).toBe(true); // 2028 has Feb 29
    expect(
      needsBackupNudge(
        { ...h, lastChangeAt: '2028-03-01T12:00:00.000Z' },
        at('2028-03-16T11:59:00Z'),
      ),
    ).toBe(false);
    expect(daysSinceBackup('2027-03-10T12:00:00.000Z', at('2027-03-20T12:00:00Z'))).toBe(10);
  });

  it('waits while snoozed', () => {
    const h = { ...base, snoozedUntil: '2027-03-10T00:00:00.000Z' };
    expect(needsBackupNudge(h, at('2027-03-09T00:00:00Z'))).toBe(false);
    expect(needsBackupNudge(h, at('2027-03-11T00:00:00Z'))).toBe(true);
  });

  it('treats a damaged timestamp as unknown', () => {
    expect(
      needsBackupNudge({ ...base, lastChangeAt: 'yesterday' }, at('2028-01-01T00:00:00Z')),
    ).toBe(false);
    expect(daysSinceBackup(null, at('2028-01-01T00:00:00Z'))).toBeNull();
  });
});

describe('describing a backup', () => {
  it('names kinds of record, and tables it has no name for', () => {
    expect(kindName('milestones', 1)).toBe('milestone');
    expect(kindName('networkingCalls')).toBe('networking calls');
    // Named by their own key, never by what every object inherits.
    expect(kindName('constructor')).toBe('constructor');
    expect(kindTitle('toString')).toBe('To string');
    expect(countsSentence({ plans: 1, milestones: 14, settings: 0 })).toBe(
      '1 plan and 14 milestones',
    );
    expect(countsSentence({ plans: 1, milestones: 10_000, settings: 2 })).toBe(
      '1 plan, 10,000 milestones and 2 preferences',
    );
    expect(countsSentence({})).toBe('nothing');
  });

  it('gives sizes and times people can read', () => {
    expect(fileSizeLabel(512)).toBe('512 bytes');
    expect(fileSizeLabel(1536)).toBe('1.5 KB');
    expect(fileSizeLabel(5 * 1024 * 1024)).toBe('5.0 MB');
    const local = new Date(2027, 2, 3, 14, 5);
    expect(timestampLabel(local.toISOString())).toBe('Mar 3, 2027 at 14:05');
  });
});
