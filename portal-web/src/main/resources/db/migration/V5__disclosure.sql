-- Disclosure (DOMAIN §8): notices, their published versions (never updated: a correction is a new
-- row), objections, obligations with due dates, the working-day calendar, and the transparency
-- log — each version's leaf hash at its index, with signed checkpoints of the log's root.

CREATE SEQUENCE disclosure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE disclosure_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE disclosure_objection_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE disclosure (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(40)   NOT NULL,
    level            VARCHAR(20)   NOT NULL,
    township_id      BIGINT        REFERENCES township (id),
    village_id       BIGINT        REFERENCES village (id),
    publisher_name   VARCHAR(100)  NOT NULL,
    subject          VARCHAR(100)  UNIQUE,
    due_date         DATE,
    draft            VARCHAR(1000000),
    title            VARCHAR(200)  NOT NULL,
    current_version  INTEGER       NOT NULL CHECK (current_version >= 0),
    window_start     DATE,
    window_end       DATE,
    archived         BOOLEAN       NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT disclosure_window CHECK (window_end IS NULL OR window_end >= window_start)
);
CREATE INDEX disclosure_list ON disclosure (current_version, window_start);
CREATE INDEX disclosure_place ON disclosure (township_id, village_id);

CREATE TABLE disclosure_version (
    id             BIGINT        NOT NULL PRIMARY KEY,
    disclosure_id  BIGINT        NOT NULL REFERENCES disclosure (id),
    number         INTEGER       NOT NULL CHECK (number >= 1),
    leaf_index     BIGINT        NOT NULL UNIQUE CHECK (leaf_index >= 0),
    leaf_hash      VARCHAR(64)   NOT NULL,
    canonical      VARCHAR(1000000) NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT disclosure_version_once UNIQUE (disclosure_id, number)
);

CREATE TABLE disclosure_objection (
    id             BIGINT        NOT NULL PRIMARY KEY,
    disclosure_id  BIGINT        NOT NULL REFERENCES disclosure (id),
    version        INTEGER       NOT NULL,
    text           VARCHAR(1000) NOT NULL,
    filed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answer         VARCHAR(2000),
    answered_by    VARCHAR(64),
    answered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX disclosure_objection_of ON disclosure_objection (disclosure_id);

CREATE TABLE disclosure_obligation (
    subject         VARCHAR(100)  NOT NULL PRIMARY KEY,
    event           VARCHAR(40)   NOT NULL,
    level           VARCHAR(20)   NOT NULL,
    township_id     BIGINT        REFERENCES township (id),
    village_id      BIGINT        REFERENCES village (id),
    publisher_name  VARCHAR(100)  NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    event_date      DATE          NOT NULL,
    due_date        DATE          NOT NULL,
    published_on    DATE,
    disclosure_id   BIGINT        REFERENCES disclosure (id)
);
CREATE INDEX disclosure_obligation_open ON disclosure_obligation (published_on, due_date);

-- Weekdays not worked (holidays) and weekend days worked in their place (调休).
CREATE TABLE working_calendar (
    calendar_day DATE      NOT NULL PRIMARY KEY,
    working  BOOLEAN       NOT NULL,
    note     VARCHAR(40)   NOT NULL
);

-- One row: the log's size. Publishing locks it, so leaf indexes are handed out one by one.
CREATE TABLE transparency_head (
    id    INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    size  BIGINT   NOT NULL CHECK (size >= 0)
);
INSERT INTO transparency_head (id, size) VALUES (1, 0);

CREATE TABLE transparency_checkpoint (
    size        BIGINT        NOT NULL PRIMARY KEY,
    root        VARCHAR(64)   NOT NULL,
    note        VARCHAR(1000) NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Public holidays 2018–2021 as the State Council announced them.
INSERT INTO working_calendar (calendar_day, working, note) VALUES
 ('2018-01-01', FALSE, '元旦'),
 ('2018-02-11', TRUE, '春节调休'), ('2018-02-15', FALSE, '春节'), ('2018-02-16', FALSE, '春节'),
 ('2018-02-19', FALSE, '春节'), ('2018-02-20', FALSE, '春节'), ('2018-02-21', FALSE, '春节'),
 ('2018-02-24', TRUE, '春节调休'),
 ('2018-04-05', FALSE, '清明'), ('2018-04-06', FALSE, '清明'), ('2018-04-08', TRUE, '清明调休'),
 ('2018-04-28', TRUE, '劳动节调休'), ('2018-04-30', FALSE, '劳动节'), ('2018-05-01', FALSE, '劳动节'),
 ('2018-06-18', FALSE, '端午'), ('2018-09-24', FALSE, '中秋'),
 ('2018-09-29', TRUE, '国庆调休'), ('2018-09-30', TRUE, '国庆调休'),
 ('2018-10-01', FALSE, '国庆'), ('2018-10-02', FALSE, '国庆'), ('2018-10-03', FALSE, '国庆'),
 ('2018-10-04', FALSE, '国庆'), ('2018-10-05', FALSE, '国庆'),
 ('2018-12-29', TRUE, '元旦调休'), ('2018-12-31', FALSE, '元旦'),
 ('2019-01-01', FALSE, '元旦'),
 ('2019-02-02', TRUE, '春节调休'), ('2019-02-03', TRUE, '春节调休'),
 ('2019-02-04', FALSE, '春节'), ('2019-02-05', FALSE, '春节'), ('2019-02-06', FALSE, '春节'),
 ('2019-02-07', FALSE, '春节'), ('2019-02-08', FALSE, '春节'),
 ('2019-04-05', FALSE, '清明'),
 ('2019-04-28', TRUE, '劳动节调休'), ('2019-05-01', FALSE, '劳动节'), ('2019-05-02', FALSE, '劳动节'),
 ('2019-05-03', FALSE, '劳动节'), ('2019-05-05', TRUE, '劳动节调休'),
 ('2019-06-07', FALSE, '端午'), ('2019-09-13', FALSE, '中秋'),
 ('2019-09-29', TRUE, '国庆调休'),
 ('2019-10-01', FALSE, '国庆'), ('2019-10-02', FALSE, '国庆'), ('2019-10-03', FALSE, '国庆'),
 ('2019-10-04', FALSE, '国庆'), ('2019-10-07', FALSE, '国庆'), ('2019-10-12', TRUE, '国庆调休'),
 ('2020-01-01', FALSE, '元旦'),
 ('2020-01-19', TRUE, '春节调休'), ('2020-01-24', FALSE, '春节'), ('2020-01-27', FALSE, '春节'),
 ('2020-01-28', FALSE, '春节'), ('2020-01-29', FALSE, '春节'), ('2020-01-30', FALSE, '春节（延长）'),
 ('2020-01-31', FALSE, '春节（延长）'), ('2020-02-01', TRUE, '春节调休'),
 ('2020-04-06', FALSE, '清明'),
 ('2020-04-26', TRUE, '劳动节调休'), ('2020-05-01', FALSE, '劳动节'), ('2020-05-04', FALSE, '劳动节'),
 ('2020-05-05', FALSE, '劳动节'), ('2020-05-09', TRUE, '劳动节调休'),
 ('2020-06-25', FALSE, '端午'), ('2020-06-26', FALSE, '端午'), ('2020-06-28', TRUE, '端午调休'),
 ('2020-09-27', TRUE, '国庆调休'),
 ('2020-10-01', FALSE, '国庆中秋'), ('2020-10-02', FALSE, '国庆中秋'), ('2020-10-05', FALSE, '国庆中秋'),
 ('2020-10-06', FALSE, '国庆中秋'), ('2020-10-07', FALSE, '国庆中秋'), ('2020-10-08', FALSE, '国庆中秋'),
 ('2020-10-10', TRUE, '国庆调休'),
 ('2021-01-01', FALSE, '元旦');
