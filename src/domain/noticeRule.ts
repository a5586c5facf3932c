/**
 * The one rule for when notice may be given, on its own: the pipeline's stage hints read it, and
 * they load with every screen (db/undo.ts names opportunities), while the date rules in notice.ts
 * load only where dates are shown. notice.ts re-exports it.
 */

/**
 * The best offer in hand: none, a verbal one (an opportunity at Verbal offer, or accepted without
 * a written offer), or one in writing (at Written offer, or accepted after one).
 * `offerInHand` in domain/opportunity.ts reads it from the pipeline.
 */
export type OfferInHand = 'none' | 'verbal' | 'written';

/** When notice may be given, in one sentence: every screen that talks about it says this. */
export const NOTICE_RULE =
  'Give notice no earlier than a verbal offer; once the offer is in writing, agree the start date around your notice.';

/** What the rule says now, given the offer in hand. */
export const NOTICE_NOW: Record<OfferInHand, string> = {
  none: 'No offer yet: hold your notice until there is one, at least a verbal one.',
  verbal:
    'Verbal offer in hand: notice may start now. Get the offer in writing to agree the start date.',
  written: 'Written offer in hand: you can give notice, with the start date agreed around it.',
};

/** The rule itself: notice may be given once an offer is in hand, verbal or written. */
export function mayGiveNotice(offer: OfferInHand): boolean {
  return offer !== 'none';
}
