import { Component } from 'react';
import type { ReactNode } from 'react';
import { ErrorDetails } from './route-error';

type ErrorBoundaryProps = { children: ReactNode; resetKey: string };
type ErrorBoundaryState = { error: unknown; resetKey: string };

/**
 * Catches a page's failure (a missing or invalid content file, a failed lazy chunk) and shows it in place
 * of the page, leaving the header and footer usable. Navigating elsewhere (a new resetKey) clears it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? <ErrorDetails error={this.state.error} /> : this.props.children;
  }
}
