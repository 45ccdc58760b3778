// The Z report's anchor block on paper: kept apart from the figures so other Z report lines do
// not move it. The manager files the paper; `kkmp verify --anchor "<the code line>"` later tells
// whether sales or journal entries were cut off the database after it was printed.
import type { ZAnchor } from '../journal/zAnchor';
import type { DocBuilder } from './layout';

export function zAnchorBlock(b: DocBuilder, anchor: ZAnchor): void {
  b.rule();
  b.text('Jangkar jurnal (kkmp verify):');
  b.text(anchor.code, true);
  b.pair('Struk hari ini', String(anchor.receiptCount));
}
