/**
 * The headers the app is served with: the one place that lists them. `vite build` puts the
 * policy in a meta tag (for static hosts that cannot set headers); `npm run preview` and
 * `npm run relay` send it as a header too, with what a meta tag cannot say (`frame-ancestors`),
 * and the same header on scripts gives the backup worker its policy. docs/data-and-privacy.md
 * lists them for a static host.
 */

/** No inline scripts, nothing from another origin; `blob:` for the backup download, `data:` for small images in CSS. */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** For the meta tag: browsers ignore `frame-ancestors` there. */
export const CONTENT_SECURITY_POLICY = POLICY.join('; ');

/** For the header: no other site may show the app in a frame. */
export const CONTENT_SECURITY_POLICY_HEADER = [...POLICY, "frame-ancestors 'none'"].join('; ');

/** @type {Readonly<Record<string, string>>} */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Vite names what it builds into `assets/` by its content hash, so those files never change
 * and can be kept a year; everything else (index.html, the service worker, the manifest, icons)
 * keeps its name across releases and is checked again on every use.
 *
 * @param {string} path the URL path, e.g. `/assets/index-B2x9.js`
 */
export function cacheControlFor(path) {
  return path.startsWith('/assets/') ? CACHE_FOREVER : CACHE_REVALIDATE;
}
