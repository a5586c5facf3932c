import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../src/domain/schema/networking';
import { opportunitySchema } from '../../src/domain/schema/opportunity';
import { SAMPLE_ROWS } from '../support/sampleRows';
import { isHttpUrl, webAddress } from '../../src/domain/url';

describe('webAddress: what a typed link is stored as', () => {
  it('keeps an http(s) address as it is, and nothing typed as empty', () => {
    expect(webAddress('https://www.linkedin.com/in/jane')).toBe('https://www.linkedin.com/in/jane');
    expect(webAddress(' http://example.com/a?b=c ')).toBe('http://example.com/a?b=c');
    expect(webAddress('HTTPS://EXAMPLE.COM')).toBe('HTTPS://EXAMPLE.COM');
    expect(webAddress('   ')).toBe('');
  });

  it('stores a bare host, as people type and share them, as https', () => {
    expect(webAddress('linkedin.com/in/jane-lee-md')).toBe('https://linkedin.com/in/jane-lee-md');
    expect(webAddress('www.linkedin.com/in/jane')).toBe('https://www.linkedin.com/in/jane');
    expect(webAddress('//jobs.example.org/123')).toBe('https://jobs.example.org/123');
    expect(webAddress('careers.example.com:8443/jobs')).toBe(
      'https://careers.example.com:8443/jobs',
    );
  });

  it('refuses other schemes and text that names no host', () => {
    for (const typed of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'mailto:jane@example.com',
      'ftp://example.com/x',
      'vbscript:msgbox',
      'jane',
      'Jane on LinkedIn',
      'linkedin com/in/jane',
      'https://',
    ]) {
      expect(webAddress(typed), typed).toBeNull();
    }
  });

  it('anything it keeps is safe to render as a link', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        const kept = webAddress(typed);
        if (kept) expect(isHttpUrl(kept)).toBe(true);
      }),
    );
  });
});

describe('the schemas (used by every write, import and sync) apply the same rule', () => {
  it('stores a bare LinkedIn host as https and refuses another scheme', () => {
    const [contact] = SAMPLE_ROWS.contacts('a');
    expect(
      contactSchema.parse({ ...contact, linkedInUrl: 'linkedin.com/in/jane' }).linkedInUrl,
    ).toBe('https://linkedin.com/in/jane');
    expect(
      contactSchema.safeParse({ ...contact, linkedInUrl: 'javascript:alert(1)' }).success,
    ).toBe(false);
    const [opportunity] = SAMPLE_ROWS.opportunities('a');
    expect(opportunitySchema.parse({ ...opportunity, link: 'example.org/jobs/1' }).link).toBe(
      'https://example.org/jobs/1',
    );
    expect(opportunitySchema.safeParse({ ...opportunity, link: 'data:text/html,x' }).success).toBe(
      false,
    );
  });
});
