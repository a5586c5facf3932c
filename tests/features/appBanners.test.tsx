import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppBanners } from '../../src/app/AppBanners';
import { BackupSection } from '../../src/features/settings/BackupSection';
import { downloadText } from '../../src/ui/download';
import { fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn() }));

const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 3_600_000).toISOString();
const mark = (m: Record<string, string | null>) =>
  localStorage.setItem('pivotboard:device', JSON.stringify(m));

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
  await fillDatabase(sampleTables('a'));
});

describe('the backup reminder', () => {
  it('appears after a month of changes with no backup, and "Back up now" makes one', async () => {
    mark({
      firstUsedAt: daysAgo(45),
      lastChangeAt: daysAgo(2),
      lastBackupAt: null,
      nudgeSnoozedUntil: null,
    });
    render(<AppBanners showBackupNudge />);
    const reminder = await screen.findByRole('region', { name: 'Backup reminder' });
    await userEvent.click(within(reminder).getByRole('button', { name: 'Back up now' }));
    await vi.waitFor(() =>
      expect(downloadText).toHaveBeenCalledWith(
        expect.stringMatching(/^pivotboard-backup-/),
        expect.any(String),
      ),
    );
    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Backup reminder' })).not.toBeInTheDocument(),
    );
  });

  it('stays away for a week after "Not now"', async () => {
    mark({
      firstUsedAt: daysAgo(45),
      lastChangeAt: daysAgo(2),
      lastBackupAt: daysAgo(40),
      nudgeSnoozedUntil: null,
    });
    render(<AppBanners showBackupNudge />);
    await userEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Backup reminder' })).not.toBeInTheDocument(),
    );
  });

  it('says nothing when the last backup is recent, or nothing changed', async () => {
    mark({
      firstUsedAt: daysAgo(90),
      lastChangeAt: daysAgo(2),
      lastBackupAt: daysAgo(10),
      nudgeSnoozedUntil: null,
    });
    const { unmount } = render(
      <>
        <AppBanners showBackupNudge />
        <BackupSection />
      </>,
    );
    expect(await screen.findByText(/^Last backup: .*\(10 days ago\)/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).not.toBeInTheDocument();
    unmount();
    mark({
      firstUsedAt: daysAgo(90),
      lastChangeAt: null,
      lastBackupAt: null,
      nudgeSnoozedUntil: null,
    });
    render(
      <>
        <AppBanners showBackupNudge />
        <BackupSection />
      </>,
    );
    expect(
      await screen.findByText('No backup has been made from this browser yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).not.toBeInTheDocument();
  });
});
