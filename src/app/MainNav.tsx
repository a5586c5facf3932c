import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { hrefFor, type Route } from './router';
import { NAV } from './screens';
import styles from './MainNav.module.css';

/**
 * The main navigation. Wide screens (960 px and up) list every screen in a sidebar. Narrower
 * ones show one row with as many links as fit whole, and a `More` button that reveals the rest
 * below it, so no link is ever cut off or scrolled out of sight. How many fit is measured, not
 * guessed: a hidden copy of the row gives each link's width at the user's font size, and the
 * row is re-measured when its width changes (rotation, zoom, a screen added to NAV).
 */
export function MainNav({ route }: { route: Route }) {
  const barRef = useRef<HTMLUListElement>(null);
  const rulerRef = useRef<HTMLUListElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const fit = useFittingLinks(barRef, rulerRef);
  const menuId = useId();

  const inBar = NAV.slice(0, fit);
  const inMore = NAV.slice(fit);
  const currentInMore = inMore.find((n) => n.route === route);

  // Open for this screen and this row only: a link followed, or the row grown or shrunk,
  // closes it (the menu has done its job, or holds other links now).
  const at = `${route}|${fit}`;
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === at;
  const setOpen = (next: boolean | ((was: boolean) => boolean)) =>
    setOpenAt((was) => ((typeof next === 'function' ? next(was === at) : next) ? at : null));

  // A tap or click anywhere else closes it, as focus moving out of the navigation does.
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!navRef.current?.contains(e.target as Node)) setOpenAt(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const link = (n: (typeof NAV)[number]) => (
    <li key={n.route}>
      <a href={hrefFor(n.route)} aria-current={route === n.route ? 'page' : undefined}>
        {n.label}
      </a>
    </li>
  );

  return (
    <nav
      className={styles.nav}
      aria-label="Main"
      ref={navRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          moreRef.current?.focus();
        }
      }}
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <ul className={styles.bar} ref={barRef}>
        {inBar.map(link)}
        {inMore.length > 0 ? (
          <li className={styles.moreItem}>
            <button
              ref={moreRef}
              type="button"
              className={styles.more}
              aria-expanded={open}
              aria-controls={menuId}
              data-current={currentInMore ? '' : undefined}
              onClick={() => setOpen((o) => !o)}
            >
              More
              {currentInMore ? (
                <span className="visually-hidden"> (you are on {currentInMore.label})</span>
              ) : null}
              <Chevron up={open} />
            </button>
          </li>
        ) : null}
      </ul>
      {open && inMore.length > 0 ? (
        <ul id={menuId} className={styles.menu}>
          {inMore.map(link)}
        </ul>
      ) : null}
      {/* The ruler: every link and the More button at their natural widths, never seen. */}
      <div className={styles.rulerBox} aria-hidden="true">
        <ul className={`${styles.bar} ${styles.ruler}`} ref={rulerRef}>
          {NAV.map((n) => (
            <li key={n.route}>
              <span className={styles.rulerLink}>{n.label}</span>
            </li>
          ))}
          <li>
            <span className={styles.more}>
              More
              <Chevron up={false} />
            </span>
          </li>
        </ul>
      </div>
    </nav>
  );
}

function Chevron({ up }: { up: boolean }) {
  return (
    <svg className={styles.chevron} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path
        d={up ? 'M2.5 7.5 6 4l3.5 3.5' : 'M2.5 4.5 6 8l3.5-3.5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * How many of NAV's links fit whole in the row, leaving room for More when some do not. All of
 * them in the sidebar layout, or where the browser cannot measure (tests without layout).
 */
function useFittingLinks(
  barRef: RefObject<HTMLUListElement | null>,
  rulerRef: RefObject<HTMLUListElement | null>,
): number {
  const [fit, setFit] = useState(NAV.length);
  useLayoutEffect(() => {
    const bar = barRef.current;
    const ruler = rulerRef.current;
    if (!bar || !ruler || typeof ResizeObserver === 'undefined') return;
    const measure = () => setFit(fittingLinks(bar, ruler));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    observer.observe(ruler);
    return () => observer.disconnect();
  }, [barRef, rulerRef]);
  return fit;
}

function fittingLinks(bar: HTMLElement, ruler: HTMLElement): number {
  const style = getComputedStyle(bar);
  if (style.flexDirection === 'column') return NAV.length;
  const widths = [...ruler.children].map((li) => li.getBoundingClientRect().width);
  const more = widths.pop() ?? 0;
  const gap = parseFloat(style.columnGap) || 0;
  const room =
    bar.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
  // Every link, or as many as leave room for More. A pixel spare for rounding.
  const total = widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1);
  if (total <= room - 1) return NAV.length;
  let used = more;
  let fit = 0;
  for (const w of widths) {
    if (used + gap + w > room - 1) break;
    used += gap + w;
    fit++;
  }
  return fit;
}
