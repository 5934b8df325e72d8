// The intake summary: every answer with an edit button, confirm and cancel. Template: cards/intake-summary.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/intake-summary.json; row values are user text, shown as typed. */
export interface IntakeSummaryCardData {
  title: string;
  intro: string;
  rows: { field: string; label: string; value: string; editable: boolean }[];
  /** False once confirmed: no buttons, only the status line. */
  editable: boolean;
  status: string;
  editLabel: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The verbs of the edit, confirm and cancel buttons. */
  verbs: { edit: string; confirm: string; cancel: string };
  flowId: string;
  owner: string;
}

export function renderIntakeSummaryCard(data: IntakeSummaryCardData): AdaptiveCard {
  return renderCard('intake-summary', data);
}
