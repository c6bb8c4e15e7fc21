import './ui.css';
import type { ReactNode } from 'react';

interface ConfirmPanelProps {
  /** The question, naming what will happen (and how much). */
  message: string;
  /** The answers: the buttons that act, and one that cancels. */
  children: ReactNode;
}

/** An inline question before a destructive action, in place rather than a modal window. */
export function ConfirmPanel({ message, children }: ConfirmPanelProps) {
  return (
    <div role="alertdialog" aria-label={message} className="confirm-panel">
      <p>{message}</p>
      <div className="confirm-panel__buttons">{children}</div>
    </div>
  );
}
