import { describe, expect, it } from 'vitest';
import { CODE_NOT_LOADED_MESSAGE, messageOf, UserError } from '../../src/domain/errors';

describe('messageOf', () => {
  it('passes a UserError through and words a full disk plainly', () => {
    expect(messageOf(new UserError('validation', 'Give it a title.', 'title'))).toBe(
      'Give it a title.',
    );
    const quota = new Error('The quota has been exceeded.');
    quota.name = 'QuotaExceededError';
    expect(messageOf(quota)).toMatch(/^Your device is out of storage space/);
  });

  it('says plainly that part of the app could not be loaded, in each browser’s wording', () => {
    for (const text of [
      'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/milestones-DYe_OmPU.js',
      'Importing a module script failed.',
      'error loading dynamically imported module: http://127.0.0.1:4173/assets/milestones-DYe_OmPU.js',
    ]) {
      expect(messageOf(new TypeError(text))).toBe(CODE_NOT_LOADED_MESSAGE);
    }
    expect(CODE_NOT_LOADED_MESSAGE).not.toMatch(/http|assets|\.js/);
  });

  it('never gives an empty message', () => {
    expect(messageOf(new Error(''))).toBe('Something went wrong and nothing was saved (Error).');
    expect(messageOf('nope')).toBe('Something went wrong and nothing was saved.');
  });
});
