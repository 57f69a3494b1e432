-- Places of the district (DOMAIN §1) and the accounts of the people who write to the ledger.
-- One set of SQL for H2 and PostgreSQL: standard types only, sequences rather than identity.

CREATE TABLE township (
    id              BIGINT       NOT NULL PRIMARY KEY,
    division_code   VARCHAR(12)  NOT NULL UNIQUE,
    name            VARCHAR(50)  NOT NULL UNIQUE,
    kind            VARCHAR(20)  NOT NULL,
    focus           BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL
);

CREATE TABLE village (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    division_code          VARCHAR(12)   UNIQUE,
    name                   VARCHAR(50)   NOT NULL,
    township_id            BIGINT        NOT NULL REFERENCES township (id),
    kind                   VARCHAR(20)   NOT NULL,
    complaint_phone        VARCHAR(20),
    notice_board_location  VARCHAR(100),
    contact_updated_by     VARCHAR(64),
    contact_updated_at     TIMESTAMP WITH TIME ZONE,
    version                BIGINT        NOT NULL,
    CONSTRAINT village_name_in_township UNIQUE (township_id, name)
);

CREATE TABLE village_designation (
    village_id   BIGINT       NOT NULL REFERENCES village (id),
    designation  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (village_id, designation)
);

-- EclipseLink reads NEXT VALUE as the last id of a block of 50, so the first value is 50
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id             BIGINT        NOT NULL PRIMARY KEY,
    username       VARCHAR(64)   NOT NULL UNIQUE,
    password_hash  VARCHAR(200)  NOT NULL,
    role           VARCHAR(20)   NOT NULL,
    township_id    BIGINT        REFERENCES township (id),
    village_id     BIGINT        REFERENCES village (id),
    demo           BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);
