import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashScreen } from './CrashScreen';

interface State {
  error: Error | null;
}

/** A screen that crashes shows a calm message and a way to save the data, not a blank page. */
export class ErrorBoundary extends Component<
  {
    children: ReactNode;
    /** Inside the page's main region (a screen), not around the whole app. */ inMain?: boolean;
  },
  State
> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Pivotboard crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error)
      return (
        <CrashScreen
          error={this.state.error}
          inMain={this.props.inMain ?? false}
          onRetry={() => this.setState({ error: null })}
        />
      );
    return this.props.children;
  }
}
