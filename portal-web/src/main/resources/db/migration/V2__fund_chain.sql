-- The fund chain (DOMAIN §4–§7): funds, factor allocations and township blocks, projects with
-- their lifecycle and funding lines, assets with rights and ledger, households, and income
-- distributions. Amounts are whole fen (BIGINT); never a floating type.

CREATE SEQUENCE fund_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE allocation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE block_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE project_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE asset_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE household_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE distribution_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE fund (
    id            BIGINT        NOT NULL PRIMARY KEY,
    source        VARCHAR(30)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    budget_year   INTEGER       NOT NULL,
    amount_fen    BIGINT        NOT NULL CHECK (amount_fen > 0),
    document_ref  VARCHAR(200)  NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    demo          BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX fund_year ON fund (budget_year);

CREATE TABLE allocation (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    fund_id            BIGINT         NOT NULL REFERENCES fund (id),
    amount_fen         BIGINT         NOT NULL CHECK (amount_fen > 0),
    weights            VARCHAR(400)   NOT NULL,
    factor_sums        VARCHAR(400)   NOT NULL,
    left_out           VARCHAR(200)   NOT NULL,
    document_ref       VARCHAR(200)   NOT NULL,
    decided_by         VARCHAR(64)    NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT         NOT NULL
);

CREATE TABLE allocation_share (
    allocation_id     BIGINT          NOT NULL REFERENCES allocation (id),
    position          INTEGER         NOT NULL,
    township_id       BIGINT          NOT NULL REFERENCES township (id),
    poor_population   DECIMAL(19, 4)  NOT NULL,
    key_villages      DECIMAL(19, 4)  NOT NULL,
    focus_township    DECIMAL(19, 4)  NOT NULL,
    assessment_score  DECIMAL(19, 4)  NOT NULL,
    exact_weight      VARCHAR(200)    NOT NULL,
    share             VARCHAR(40)     NOT NULL,
    amount_fen        BIGINT          NOT NULL,
    PRIMARY KEY (allocation_id, position)
);

CREATE TABLE township_block (
    id             BIGINT  NOT NULL PRIMARY KEY,
    fund_id        BIGINT  NOT NULL REFERENCES fund (id),
    allocation_id  BIGINT  REFERENCES allocation (id),
    township_id    BIGINT  NOT NULL REFERENCES township (id),
    amount_fen     BIGINT  NOT NULL CHECK (amount_fen >= 0),
    committed_fen  BIGINT  NOT NULL CHECK (committed_fen >= 0),
    version        BIGINT  NOT NULL,
    CONSTRAINT block_within_amount CHECK (committed_fen <= amount_fen)
);
CREATE INDEX block_fund ON township_block (fund_id);
CREATE INDEX block_township ON township_block (township_id);

CREATE TABLE project (
    id                        BIGINT         NOT NULL PRIMARY KEY,
    name                      VARCHAR(200)   NOT NULL,
    description               VARCHAR(4000)  NOT NULL,
    project_type              VARCHAR(30)    NOT NULL,
    scope                     VARCHAR(30)    NOT NULL,
    plan_year                 INTEGER        NOT NULL,
    planned_investment_fen    BIGINT         NOT NULL,
    implementing_unit         VARCHAR(200)   NOT NULL,
    benefit_links             VARCHAR(200)   NOT NULL,
    stage                     VARCHAR(30)    NOT NULL,
    lead_township_id          BIGINT         NOT NULL REFERENCES township (id),
    allocated_fen             BIGINT         NOT NULL,
    disbursed_fen             BIGINT         NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    demo                      BOOLEAN        NOT NULL,
    version                   BIGINT         NOT NULL
);
CREATE INDEX project_year ON project (plan_year);
CREATE INDEX project_lead_township ON project (lead_township_id);

CREATE TABLE project_township (
    project_id   BIGINT   NOT NULL REFERENCES project (id),
    position     INTEGER  NOT NULL,
    township_id  BIGINT   NOT NULL REFERENCES township (id),
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_village (
    project_id  BIGINT   NOT NULL REFERENCES project (id),
    position    INTEGER  NOT NULL,
    village_id  BIGINT   NOT NULL REFERENCES village (id),
    PRIMARY KEY (project_id, position)
);
CREATE INDEX project_village_village ON project_village (village_id);

CREATE TABLE project_stage_change (
    project_id    BIGINT        NOT NULL REFERENCES project (id),
    position      INTEGER       NOT NULL,
    from_stage    VARCHAR(30),
    to_stage      VARCHAR(30)   NOT NULL,
    changed_by    VARCHAR(64)   NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    document_ref  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_inspection (
    project_id    BIGINT         NOT NULL REFERENCES project (id),
    position      INTEGER        NOT NULL,
    inspected_by  VARCHAR(64)    NOT NULL,
    inspected_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    findings      VARCHAR(2000)  NOT NULL,
    document_ref  VARCHAR(200)   NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE funding_line (
    project_id     BIGINT   NOT NULL REFERENCES project (id),
    position       INTEGER  NOT NULL,
    block_id       BIGINT   NOT NULL REFERENCES township_block (id),
    allocated_fen  BIGINT   NOT NULL CHECK (allocated_fen >= 0),
    disbursed_fen  BIGINT   NOT NULL CHECK (disbursed_fen >= 0),
    PRIMARY KEY (project_id, position),
    CONSTRAINT disbursed_within_allocated CHECK (disbursed_fen <= allocated_fen)
);
CREATE INDEX funding_line_block ON funding_line (block_id);

CREATE TABLE household (
    id          BIGINT        NOT NULL PRIMARY KEY,
    village_id  BIGINT        NOT NULL REFERENCES village (id),
    head_name   VARCHAR(50)   NOT NULL,
    demo        BOOLEAN       NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX household_village ON household (village_id);

CREATE TABLE asset (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    project_id          BIGINT        NOT NULL REFERENCES project (id),
    name                VARCHAR(200)  NOT NULL,
    ownership_kind      VARCHAR(20)   NOT NULL,
    owner_village_id    BIGINT        REFERENCES village (id),
    owner_household_id  BIGINT        REFERENCES household (id),
    value_fen           BIGINT        NOT NULL CHECK (value_fen >= 0),
    custodian           VARCHAR(200),
    person_in_charge    VARCHAR(200),
    status              VARCHAR(20)   NOT NULL,
    handed_over         BOOLEAN       NOT NULL,
    operator            VARCHAR(200),
    contract_ref        VARCHAR(200),
    contract_from       DATE,
    contract_to         DATE,
    income_holder       VARCHAR(200)  NOT NULL,
    beneficiaries       VARCHAR(200)  NOT NULL,
    supervisor          VARCHAR(200)  NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX asset_project ON asset (project_id);

CREATE TABLE asset_share (
    asset_id    BIGINT         NOT NULL REFERENCES asset (id),
    position    INTEGER        NOT NULL,
    village_id  BIGINT         NOT NULL REFERENCES village (id),
    share       DECIMAL(9, 6)  NOT NULL,
    PRIMARY KEY (asset_id, position)
);
CREATE INDEX asset_share_village ON asset_share (village_id);

CREATE TABLE asset_ledger (
    asset_id      BIGINT         NOT NULL REFERENCES asset (id),
    position      INTEGER        NOT NULL,
    kind          VARCHAR(30)    NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL,
    detail        VARCHAR(400)   NOT NULL,
    value_fen     BIGINT,
    document_ref  VARCHAR(200)   NOT NULL,
    PRIMARY KEY (asset_id, position)
);

CREATE TABLE distribution (
    id                        BIGINT         NOT NULL PRIMARY KEY,
    asset_id                  BIGINT         NOT NULL REFERENCES asset (id),
    period_from               DATE           NOT NULL,
    period_to                 DATE           NOT NULL,
    income_fen                BIGINT         NOT NULL CHECK (income_fen >= 0),
    collective_fund           VARCHAR(40)    NOT NULL,
    collective_fen            BIGINT         NOT NULL,
    collective_share          DECIMAL(9, 6)  NOT NULL,
    no_labour_weight          DECIMAL(19, 4) NOT NULL,
    vulnerable_member_weight  DECIMAL(19, 4) NOT NULL,
    work_day_weight           DECIMAL(19, 4) NOT NULL,
    document_ref              VARCHAR(200)   NOT NULL,
    decided_by                VARCHAR(64)    NOT NULL,
    decided_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT         NOT NULL
);
CREATE INDEX distribution_asset ON distribution (asset_id);

CREATE TABLE payout (
    distribution_id     BIGINT          NOT NULL REFERENCES distribution (id),
    position            INTEGER         NOT NULL,
    household_id        BIGINT          NOT NULL REFERENCES household (id),
    labour_able         BOOLEAN         NOT NULL,
    vulnerable_members  INTEGER         NOT NULL,
    work_days           INTEGER         NOT NULL,
    weight              DECIMAL(19, 4)  NOT NULL,
    amount_fen          BIGINT          NOT NULL CHECK (amount_fen >= 0),
    basis               VARCHAR(200)    NOT NULL,
    PRIMARY KEY (distribution_id, position)
);
