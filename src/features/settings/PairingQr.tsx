import encodeQR from '@paulmillr/qr';
import { useMemo } from 'react';
import styles from './Sync.module.css';

/**
 * A QR code of the pairing link (loaded only when sync is on and the code is shown). Drawn as
 * one SVG path of dark modules, on a light quiet zone so phones read it in the dark theme too.
 */
export default function PairingQr({ link }: { link: string }) {
  const path = useMemo(() => {
    const modules = encodeQR(link, 'raw', { ecc: 'medium', border: 0 });
    let d = '';
    modules.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x + 4} ${y + 4}h1v1h-1z`;
      }),
    );
    return { d, size: (modules.length || 21) + 8 };
  }, [link]);
  return (
    <svg
      className={styles.qr}
      viewBox={`0 0 ${path.size} ${path.size}`}
      role="img"
      aria-label="QR code of the pairing link"
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
