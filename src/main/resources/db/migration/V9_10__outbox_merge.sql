-- Merged deliveries: a job delivering the head of a line may send the pending messages that follow it in the same
-- line as one merged message. Before such a call the batch is recorded on the head, in its own committed
-- transaction: the id of the last message merged. A retry after a crash or a passing failure then sends exactly the
-- same messages with the same idempotency key, even if more joined the line meanwhile. NULL: the head goes alone (or
-- its batch is not decided yet).
ALTER TABLE integration_outbox ADD COLUMN merge_until_id bigint;
