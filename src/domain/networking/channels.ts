/** How a conversation with a contact took place, and what each is called on screen. */
export const CALL_CHANNELS = ['call', 'video', 'coffee', 'message'] as const;
export type CallChannel = (typeof CALL_CHANNELS)[number];
export const CHANNEL_LABELS: Record<CallChannel, string> = {
  call: 'Call',
  video: 'Video',
  coffee: 'Coffee',
  message: 'Message',
};

/** As in "from your video call on Mar 2". */
export const CHANNEL_NOUNS: Record<CallChannel, string> = {
  call: 'call',
  video: 'video call',
  coffee: 'coffee',
  message: 'message',
};
