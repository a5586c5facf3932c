/** A link the user typed may become an <a href> only when this is true (never javascript:, data:, file:). */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value.trim());
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A scheme ("mailto:", "javascript:") and not a host and port ("example.com:8080"): letters
 * first, then a colon not followed by a digit.
 */
const SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
/** A host name with at least one dot ("linkedin.com", "www.nhs.uk"), as the URL parser writes it. */
const DOTTED_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/**
 * The web address to store for what the user typed: an http(s) address as it is; a bare host
 * ("linkedin.com/in/name", "www.example.com", "//example.com/x") as https, since that is how
 * most people type and share them; '' for nothing typed. Null when it is not a web address:
 * another scheme (mailto:, javascript:, data:) or text that names no host.
 */
export function webAddress(typed: string): string | null {
  const value = typed.trim();
  if (value === '') return '';
  if (SCHEME.test(value)) return isHttpUrl(value) ? value : null;
  if (/\s/.test(value)) return null;
  const withScheme = `https://${value.replace(/^\/\//, '')}`;
  try {
    const u = new URL(withScheme);
    return DOTTED_HOST.test(u.hostname) ? withScheme : null;
  } catch {
    return null;
  }
}

/** Why a typed web address is refused ("LinkedIn URL", "linkedin.com/in/your-name"). */
export function webAddressProblem(label: string, example: string): string {
  return `${label} must be a web address, such as ${example} (other kinds of links are not kept).`;
}

/** The examples the LinkedIn and posting-link fields give (in hints and in their messages). */
export const LINKEDIN_EXAMPLE = 'linkedin.com/in/your-name';
export const POSTING_EXAMPLE = 'careers.example.com/jobs/123';
