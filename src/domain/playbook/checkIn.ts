/** The check-in in the first months of the new role (identity whiplash); the user may hide it. */

export const CHECK_IN_ID = 'identity-whiplash';
/** Ids of the notes the user may hide: the `hiddenLandmines` settings row. */
export const HIDEABLE_LANDMINES = [CHECK_IN_ID] as const;

/** Days after the start of the new role that the check-in shows. */
export const CHECK_IN_DAYS = 120;
