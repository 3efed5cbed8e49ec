-- The words of procedure names (folded), for typo correction: a mistyped word is replaced by the most
-- trigram-similar known words before the full-text search (the pg_trgm documentation's "separate table of
-- words"), which keeps search on the full-text index instead of a trigram scan of every name.
CREATE TABLE catalog_word (
    word text PRIMARY KEY
);
CREATE INDEX catalog_word_trgm ON catalog_word USING gin (word gin_trgm_ops);

INSERT INTO catalog_word (word)
SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', search_text))) FROM catalog_version
ON CONFLICT DO NOTHING;
