import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { loadSync, syncIsOnHere } from '../../db/syncSwitch';
import { UserError } from '../../domain/errors';
import { pairingCodeFromLink, pairingLink } from '../../domain/pairing';
import { syncStatusText, useSync } from '../../state/sync';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import settings from './Settings.module.css';
import styles from './Sync.module.css';

const PairingQr = lazy(() => import('./PairingQr'));

const message = (e: unknown) =>
  e instanceof Error ? e.message : 'Something went wrong; nothing changed.';

function timeLabel(iso: string): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date().toDateString();
  return at.toLocaleString(undefined, {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** Settings → Sync: turn it on (and show the pairing code), join by a code, turn it off. */
export function SyncSection() {
  const phase = useSync((s) => s.phase);
  const lastSyncedAt = useSync((s) => s.lastSyncedAt);
  const skipped = useSync((s) => s.skipped);
  const on = phase !== 'off' || syncIsOnHere();
  const [shownCode, setCode] = useState<string | null>(null);
  const code = on ? shownCode : null;
  const [busy, setBusy] = useState<'on' | 'join' | 'off' | null>(null);
  const [error, setError] = useState<string>();
  // A pairing link (QR code) opens Settings with the code in the address's fragment.
  const [joinCode, setJoinCode] = useState(() => pairingCodeFromLink(window.location.hash) ?? '');
  const [joinError, setJoinError] = useState<string>();
  const [joined, setJoined] = useState<string>();
  const [copied, setCopied] = useState(false);

  // Taken: drop the code from the address (and so from the history).
  useEffect(() => {
    if (pairingCodeFromLink(window.location.hash))
      window.history.replaceState(null, '', '#/settings');
  }, []);

  useEffect(() => {
    if (!on) return;
    let live = true;
    void loadSync()
      .then((sync) => sync.currentPairingCode())
      .then((c) => live && setCode(c));
    return () => {
      live = false;
    };
  }, [on, phase]);

  /** Sync was switched here: once the other button shows, it takes the focus (the one pressed is gone). */
  const toggle = useRef<HTMLButtonElement>(null);
  const switched = useRef(false);
  useEffect(() => {
    if (!switched.current || busy) return;
    switched.current = false;
    toggle.current?.focus();
  }, [on, busy]);

  async function turnOn() {
    if (busy) return;
    setBusy('on');
    setError(undefined);
    setJoined(undefined);
    try {
      await (await loadSync()).turnOnSync();
      switched.current = true;
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(null);
    }
  }

  async function join(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy('join');
    setJoinError(undefined);
    setError(undefined);
    try {
      await (await loadSync()).joinSync(joinCode);
      setJoinCode('');
      setJoined(
        'Joined. This device now has the plan from your other device, and keeps it in step.',
      );
    } catch (e) {
      if (e instanceof UserError && e.field === 'code') setJoinError(e.message);
      else setError(message(e));
    } finally {
      setBusy(null);
    }
  }

  async function turnOff() {
    if (busy) return;
    setBusy('off');
    setError(undefined);
    setJoined(undefined);
    try {
      await (await loadSync()).turnOffSync();
      switched.current = true;
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(null);
    }
  }

  async function copy() {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 3000);
    } catch {
      setError('Copying is not allowed here: select the code and copy it yourself.');
    }
  }

  return (
    <section className={settings.section} aria-labelledby="sync-settings">
      <h2 id="sync-settings">Sync</h2>
      <p className={settings.lead}>
        Keep this plan on your other devices, your phone and your laptop. Changes are locked on the
        device they were made on, with a key only your paired devices have; the relay that passes
        them on keeps only what it cannot read.
      </p>
      <FormError message={error} />
      {joined ? (
        <p className={settings.result} role="status">
          {joined}
        </p>
      ) : null}

      {on ? (
        <>
          <p className={styles.status} role="status">
            <span className={styles.dot} data-phase={phase} aria-hidden="true" />
            <span>
              {syncStatusText(phase)}
              {lastSyncedAt ? (
                <span className={styles.when}> · last synced {timeLabel(lastSyncedAt)}</span>
              ) : null}
            </span>
          </p>
          {phase === 'offline' ? (
            <p className={styles.note}>
              The relay cannot be reached. Keep working: your changes are kept here and go out when
              it is back.
            </p>
          ) : null}
          {skipped > 0 ? (
            <p className={styles.note}>
              {skipped === 1
                ? '1 change from another device could not be read or did not pass the checks, so it was skipped.'
                : `${skipped} changes from other devices could not be read or did not pass the checks, so they were skipped.`}
            </p>
          ) : null}
          <div className={styles.pairing}>
            <div>
              <TextAreaField
                label="Pairing code"
                hint="On your other device: Settings → Sync → Pairing code, then Join. Or scan the QR code with its camera. Anyone with this code can read your plan: share it only with your own devices."
                className={styles.code ?? ''}
                value={code ?? ''}
                readOnly
                rows={3}
                onFocus={(e) => e.currentTarget.select()}
              />
              <div className={settings.actions}>
                <Button variant="secondary" onClick={() => void copy()} disabled={!code}>
                  {copied ? 'Copied' : 'Copy code'}
                </Button>
              </div>
            </div>
            {code ? (
              <Suspense fallback={null}>
                <PairingQr link={pairingLink(window.location.origin, code)} />
              </Suspense>
            ) : null}
          </div>
          <p className={styles.note}>
            Turning sync off stops it on this device and forgets the code here. Your plan stays on
            this device and on your others. Lost a device? Turn sync off on every device you keep,
            then on again on one, and pair the others with the new code: the lost one gets nothing
            new.
          </p>
          <div className={settings.actions}>
            <Button
              ref={toggle}
              variant="secondary"
              onClick={() => void turnOff()}
              aria-disabled={busy !== null || undefined}
            >
              {busy === 'off' ? 'Turning off…' : 'Turn off sync'}
            </Button>
          </div>
        </>
      ) : (
        <>
          <div className={settings.actions}>
            {/* aria-disabled while busy, not disabled: a disabled button drops the focus. */}
            <Button
              ref={toggle}
              onClick={() => void turnOn()}
              aria-disabled={busy !== null || undefined}
            >
              {busy === 'on' ? 'Turning on…' : 'Turn on sync'}
            </Button>
          </div>
          <form className={styles.join} onSubmit={(e) => void join(e)} noValidate>
            <h3>Join your other device</h3>
            <p className={styles.note}>
              Joining replaces the plan on this device with the one on your other device. Export a
              backup first if this device has a plan you want to keep.
            </p>
            <TextField
              label="Pairing code"
              hint="54 letters and digits, from Settings → Sync on the device that has sync on."
              className={styles.code ?? ''}
              value={joinCode}
              onChange={(e) => setJoinCode(e.target.value)}
              error={joinError}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
            />
            <div className={settings.actions}>
              <Button type="submit" aria-disabled={busy !== null || undefined}>
                {busy === 'join' ? 'Joining…' : 'Join'}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
