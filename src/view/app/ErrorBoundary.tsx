import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Called by the "start again" button: back to the seed's state (one undoable step). */
  readonly onReset: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/**
 * The last line of defence against a blank page: if rendering ever fails, say so, keep the
 * work (it is in the link and in this browser's storage) and offer to start again.
 * Bilingual, as it cannot rely on the app's messages having rendered.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('CNN Playground could not draw the page', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>Something went wrong drawing the page. · 页面绘制出错。</h1>
        <p>Your work is kept in the link and in this browser. · 你的内容仍保存在链接和浏览器中。</p>
        <p className="crash-detail">{this.state.error.message}</p>
        <button
          type="button"
          onClick={() => {
            this.props.onReset();
            this.setState({ error: null });
          }}
        >
          Start again from the seed · 从原文的例子重新开始
        </button>
      </div>
    );
  }
}
