import type { ReactNode } from 'react';
import { isHttpUrl } from '../domain/url';

/**
 * A link the user entered, opened in a new tab, and only if it is a web address (http or
 * https): anything else (`javascript:`, `data:`) is shown as nothing at all.
 */
export function WebLink({
  href,
  children,
  className,
}: {
  href: string | null | undefined;
  children: ReactNode;
  className?: string | undefined;
}) {
  if (!href || !isHttpUrl(href)) return null;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
