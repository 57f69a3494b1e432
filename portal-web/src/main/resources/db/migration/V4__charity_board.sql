-- The charity crowdfunding board (DOMAIN §9): needs, donations and pledges. The CHECK
-- constraints are the last guard of the board's invariant: pledged never exceeds what a need
-- asked for or what a donation gave, whatever the concurrency.

CREATE SEQUENCE board_need_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE board_donation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE board_pledge_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE board_need (
    id              BIGINT        NOT NULL PRIMARY KEY,
    village_id      BIGINT        NOT NULL REFERENCES village (id),
    township_id     BIGINT        NOT NULL REFERENCES township (id),
    household_id    BIGINT        REFERENCES household (id),
    category        VARCHAR(30)   NOT NULL,
    item            VARCHAR(100)  NOT NULL,
    requested       BIGINT        NOT NULL CHECK (requested > 0),
    unit_price_fen  BIGINT        NOT NULL CHECK (unit_price_fen > 0),
    urgency         INTEGER       NOT NULL CHECK (urgency BETWEEN 1 AND 5),
    deadline        DATE          NOT NULL,
    posted_by       VARCHAR(64)   NOT NULL,
    posted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    verified_by     VARCHAR(64),
    verified_at     TIMESTAMP WITH TIME ZONE,
    pledged         BIGINT        NOT NULL CHECK (pledged >= 0),
    received        BIGINT        NOT NULL CHECK (received >= 0),
    version         BIGINT        NOT NULL,
    CONSTRAINT need_not_over_pledged CHECK (pledged <= requested),
    CONSTRAINT need_receipts_within_pledges CHECK (received <= pledged)
);
CREATE INDEX board_need_state ON board_need (state, category);

CREATE TABLE board_donation (
    id             BIGINT        NOT NULL PRIMARY KEY,
    donor_account  VARCHAR(64)   NOT NULL,
    donor_kind     VARCHAR(20)   NOT NULL,
    donor_name     VARCHAR(100)  NOT NULL,
    anonymous      BOOLEAN       NOT NULL,
    category       VARCHAR(30)   NOT NULL,
    donated        BIGINT        NOT NULL CHECK (donated > 0),
    township_id    BIGINT        REFERENCES township (id),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    pledged        BIGINT        NOT NULL CHECK (pledged >= 0),
    version        BIGINT        NOT NULL,
    CONSTRAINT donation_not_over_spent CHECK (pledged <= donated)
);

CREATE TABLE board_pledge (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    donation_id        BIGINT        NOT NULL REFERENCES board_donation (id),
    need_id            BIGINT        NOT NULL REFERENCES board_need (id),
    units              BIGINT        NOT NULL CHECK (units > 0),
    state              VARCHAR(20)   NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    receipt_code_hash  VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX board_pledge_need ON board_pledge (need_id);
CREATE INDEX board_pledge_donation ON board_pledge (donation_id);
CREATE INDEX board_pledge_state ON board_pledge (state, expires_at);
