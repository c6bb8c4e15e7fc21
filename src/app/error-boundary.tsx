import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorFallback } from './error-fallback.tsx';

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * Catches render errors outside the router's own boundary (start-up, the update prompt), so no
 * error ever leaves a blank page. Inside the layout, one per screen (`RouteErrorBoundary`) keeps
 * the navigation on screen.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ErrorFallback error={this.state.error} /> : this.props.children;
  }
}
