'use client';

import { type OpenCell, openCellSchema } from '@/lib/stances/open-cell';
import { CellDialog } from './cell-dialog';

export type OpenedCellDialogProps = { open: OpenCell };

/** The evidence as `/evidence` sent it, checked before a word of it is shown. */
export function parseOpenCell(json: unknown): OpenCell {
  return openCellSchema.parse(json);
}

/** A cell opened on the page: closing it writes the view without the cell, and the page stays as it is. */
export function OpenedCellDialog({ open }: OpenedCellDialogProps) {
  return <CellDialog open={open} onClose={() => window.history.pushState(null, '', open.closeHref)} />;
}
