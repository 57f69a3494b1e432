-- The charity board's unified matching runs (DOMAIN §9): a preview and, once committed, each
-- line's outcome, kept so that the report survives a restart and a run is committed only once.
CREATE TABLE board_matching_run (
    id          VARCHAR(36)      NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    committed   BOOLEAN          NOT NULL,
    report      VARCHAR(1000000) NOT NULL
);
CREATE INDEX board_matching_run_newest ON board_matching_run (created_at);
