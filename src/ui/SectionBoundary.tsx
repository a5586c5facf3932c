import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FormError } from './FormError';

/** What a part of a screen says instead of itself when it could not be worked out. */
export function sectionProblem(what: string, error: unknown): string {
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return `${what} could not be shown (${detail}). The rest of this screen still works: check the dates and numbers in its forms.`;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Work out a part of a screen; if it throws, what to say in its place (see `sectionProblem`). */
export function attempt<T>(what: string, work: () => T): Attempt<T> {
  try {
    return { ok: true, value: work() };
  } catch (e) {
    console.error(`Pivotboard could not work out ${what}`, e);
    return { ok: false, problem: sectionProblem(what, e) };
  }
}

/**
 * Around a part of a screen that is worked out from the data (a countdown, a summary): if it
 * throws, it says so in its place and the rest of the screen, with the forms that can repair
 * the data, stays. The screen-wide boundary (app/ErrorBoundary) is the last resort.
 */
export class SectionBoundary extends Component<
  { what: string; children: ReactNode },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Pivotboard could not show ${this.props.what}`, error, info.componentStack);
  }

  override render() {
    if (this.state.error !== null)
      return <FormError message={sectionProblem(this.props.what, this.state.error)} />;
    return this.props.children;
  }
}
