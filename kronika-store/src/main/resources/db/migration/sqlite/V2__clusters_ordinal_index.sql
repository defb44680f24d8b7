-- The clustering writer takes max(ordinal) for every new cluster: an index makes that one index
-- probe instead of a scan of all clusters, inside the section where writers of one event type
-- wait for each other (docs/KNOWLEDGE_BASE.md, "Several writers").
CREATE INDEX clusters_ordinal ON clusters(ordinal);
