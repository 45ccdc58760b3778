-- Journal lines replicate to the pusat like the other facts (issue 18, docs/central.md): one
-- outbox row per line, written by a trigger in the posting's own transaction. Each line carries
-- its entry's date and document so the pusat can rebuild balances without a second kind of fact.
-- Lines are inserted after their entry in the same transaction, so the join always finds it.
CREATE VIEW outbox_src_journal_line AS SELECT l.entry_id, l.line_no, e.created_at AS at, json_object(
  'entry_id', l.entry_id, 'line_no', l.line_no, 'entry_date', e.entry_date, 'doc_type', e.doc_type, 'doc_id', e.doc_id,
  'reverses_id', e.reverses_id, 'account_code', l.account_code, 'debit', l.debit, 'credit', l.credit) AS payload
  FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id;

-- What was posted before this migration goes out first, in posting order.
INSERT INTO outbox (kind, at, payload)
  SELECT 'journal_line', at, payload FROM outbox_src_journal_line ORDER BY entry_id, line_no;

CREATE TRIGGER outbox_journal_line AFTER INSERT ON journal_lines BEGIN
  INSERT INTO outbox (kind, at, payload) SELECT 'journal_line', at, payload FROM outbox_src_journal_line
   WHERE entry_id = NEW.entry_id AND line_no = NEW.line_no; END;
