import { roleTypeShort } from '../../domain/roleTypes';
import type { Contact } from '../../domain/schema/networking';

/** "Medical Director · Pfizer", or the role type when neither is known. */
export function contactDetail(c: Pick<Contact, 'title' | 'company' | 'roleType'>): string {
  const parts = [c.title, c.company].map((s) => s.trim()).filter(Boolean);
  if (parts.length) return parts.join(' · ');
  return c.roleType ? roleTypeShort(c.roleType) : '';
}
