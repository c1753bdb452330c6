import type { OpenCell } from '@/lib/stances/open-cell';
import { EvidenceDialog } from './evidence-dialog';
import { EvidencePanel } from './evidence-panel';

export type CellDialogProps = {
  open: OpenCell;
  /** How closing writes the URL; by default a navigation to the view without the cell. */
  onClose?: () => void;
};

/**
 * An open cell's dialog: rendered by the server for a URL that names a cell, and in the browser for a cell opened
 * on the page, from the same `OpenCell`.
 */
export function CellDialog({ open, onClose }: CellDialogProps) {
  return (
    <EvidenceDialog title={open.title} closeHref={open.closeHref} onClose={onClose}>
      <EvidencePanel
        key={open.cell}
        evidence={open.evidence}
        latestHref={open.latestHref}
        cellUrl={open.cellUrl}
        citations={open.citations}
      />
    </EvidenceDialog>
  );
}
