/**
 * Long jobs (reading a 10,000-record backup) run in slices of a few milliseconds, pausing
 * between them so the page keeps answering taps and painting progress.
 */
export type Pause = () => Promise<void>;

/** Work for about `budgetMs`, then pause. Call `tick()` often; it is cheap when no pause is due. */
export class SliceClock {
  private started = performance.now();

  constructor(
    private readonly pause: Pause,
    private readonly budgetMs = 8,
  ) {}

  async tick(): Promise<void> {
    if (performance.now() - this.started < this.budgetMs) return;
    await this.pause();
    this.started = performance.now();
  }
}

/** A clock that never pauses (for code that is already off the main thread, and for tests). */
export const noPause: Pause = () => Promise.resolve();
