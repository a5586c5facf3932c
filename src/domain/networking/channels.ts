/** How a conversation with a contact took place, and what each is called on screen. */
export const CALL_CHANNELS = ['call', 'video', 'coffee', 'message'] as const;
export type CallChannel = (typeof CALL_CHANNELS)[number];
export const CHANNEL_LABELS: Record<CallChannel, string> = {
  call: 'Call',
  video: 'Video call',
  // Stored as 'coffee' since the first version: any meeting in person.
  coffee: 'Meeting',
  message: 'Message',
};

/** As in "from your video call on Mar 2". */
export const CHANNEL_NOUNS: Record<CallChannel, string> = {
  call: 'call',
  video: 'video call',
  coffee: 'meeting',
  message: 'message',
};

/**
 * The weekly target is about conversations (one or two a week): calls, video calls and meetings
 * count; a message counts only when the user says so in Settings (`countMessages`).
 */
export function countsTowardTarget(channel: CallChannel, countMessages: boolean): boolean {
  return channel !== 'message' || countMessages;
}

/** What counts toward the target, in words: "Calls, video calls and meetings count…". */
export function targetCountsText(countMessages: boolean): string {
  return countMessages
    ? 'Calls, video calls, meetings and messages count toward it.'
    : 'Calls, video calls and meetings count toward it; messages too if you choose so in Settings.';
}
