import { Component, type ReactNode } from 'react';

type Props = { fallback: (error: Error) => ReactNode; children: ReactNode };

/** A failed screen shows what happened instead of a blank page; data is not touched. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
