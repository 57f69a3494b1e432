-- The household registry (DOMAIN §2): members, incomes, the six guarantees, risk events, the
-- history of status changes (appended, never rewritten) and the unsafe-house ledger.

ALTER TABLE household ADD COLUMN external_code VARCHAR(40);
ALTER TABLE household ADD COLUMN id_number VARCHAR(18);
ALTER TABLE household ADD COLUMN phone VARCHAR(20);
ALTER TABLE household ADD COLUMN status VARCHAR(30) DEFAULT 'POOR' NOT NULL;
ALTER TABLE household ADD COLUMN markers VARCHAR(100) DEFAULT '' NOT NULL;
CREATE UNIQUE INDEX household_external_code ON household (external_code);
CREATE INDEX household_status ON household (status);

CREATE TABLE household_member (
    household_id       BIGINT       NOT NULL REFERENCES household (id),
    position           INTEGER      NOT NULL,
    name               VARCHAR(50)  NOT NULL,
    birth_year         INTEGER      NOT NULL,
    labour_ability     VARCHAR(10)  NOT NULL,
    severe_disability  BOOLEAN      NOT NULL,
    chronic_illness    BOOLEAN      NOT NULL,
    student            BOOLEAN      NOT NULL,
    PRIMARY KEY (household_id, position)
);

CREATE TABLE household_income (
    household_id    BIGINT   NOT NULL REFERENCES household (id),
    income_year     INTEGER  NOT NULL,
    per_capita_fen  BIGINT   NOT NULL CHECK (per_capita_fen >= 0),
    PRIMARY KEY (household_id, income_year)
);

CREATE TABLE household_guarantee (
    household_id  BIGINT        NOT NULL REFERENCES household (id),
    guarantee     VARCHAR(30)   NOT NULL,
    met           BOOLEAN       NOT NULL,
    evidence      VARCHAR(200)  NOT NULL,
    checked_on    DATE          NOT NULL,
    PRIMARY KEY (household_id, guarantee)
);

CREATE TABLE household_risk_event (
    household_id  BIGINT        NOT NULL REFERENCES household (id),
    position      INTEGER       NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    occurred_on   DATE          NOT NULL,
    cost_fen      BIGINT        NOT NULL,
    description   VARCHAR(400)  NOT NULL,
    PRIMARY KEY (household_id, position)
);

CREATE TABLE household_status_change (
    household_id  BIGINT        NOT NULL REFERENCES household (id),
    position      INTEGER       NOT NULL,
    from_status   VARCHAR(30),
    to_status     VARCHAR(30)   NOT NULL,
    markers       VARCHAR(100)  NOT NULL,
    reason        VARCHAR(400)  NOT NULL,
    changed_by    VARCHAR(64)   NOT NULL,
    changed_on    DATE          NOT NULL,
    PRIMARY KEY (household_id, position)
);

CREATE SEQUENCE unsafe_house_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE unsafe_house (
    id              BIGINT        NOT NULL PRIMARY KEY,
    household_id    BIGINT        NOT NULL REFERENCES household (id),
    grade           VARCHAR(2)    NOT NULL,
    assessed_on     DATE          NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    closed_on       DATE,
    acceptance_ref  VARCHAR(200),
    version         BIGINT        NOT NULL
);
CREATE INDEX unsafe_house_household ON unsafe_house (household_id);
