-- A recorded request is no longer a row of its own: its fingerprint is kept on its last journal
-- entry, with the sequence number of its first, so that recording one writes one b-tree page or
-- index entry fewer (the request table and its primary key) and the journal loses an index
-- (journal_request on every entry's key becomes a partial index on the requests' last entries).
-- Every recorded request writes at least one entry (LedgerClerk), and a request's entries are
-- consecutive. The last entry, not the first: it is the one still unsent when the request is
-- recorded (an entry written before a read of the database has been sent by then).
--
-- Neither column is hashed: the chain and every entry's hash stay as they were.
ALTER TABLE journal ADD COLUMN fingerprint TEXT;
ALTER TABLE journal ADD COLUMN request_first_seq BIGINT;

-- A request row whose key has no entry cannot be carried over: stop the migration (a NULL in a
-- NOT NULL column) rather than forget a key, so that it is not quietly reusable afterwards.
INSERT INTO chain_head (id, last_seq, last_hash)
SELECT 2, NULL, 'request ' || r.request_key || ' has no journal entry'
FROM request r
WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.request_key = r.request_key);

UPDATE journal
SET fingerprint = (SELECT r.fingerprint FROM request r WHERE r.request_key = journal.request_key),
    request_first_seq = (SELECT MIN(j.seq) FROM journal j WHERE j.request_key = journal.request_key)
WHERE seq = (SELECT MAX(j.seq) FROM journal j WHERE j.request_key = journal.request_key)
  AND EXISTS (SELECT 1 FROM request r WHERE r.request_key = journal.request_key);

DROP TABLE request;
DROP INDEX journal_request;
-- Finds a key's fingerprint and, by the first sequence number, its entries; and, unique, refuses
-- a second recording of a key (a commit on what is known relies on it: Transactions.runOnKnown).
CREATE UNIQUE INDEX journal_request ON journal (request_key) WHERE fingerprint IS NOT NULL;
