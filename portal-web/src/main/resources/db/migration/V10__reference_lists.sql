-- Reference lists (大数据比对, DOMAIN §11, policy §3): the lines of other departments' lists
-- that an auditor sent — deceased, on the public payroll, owning a vehicle, a company or urban
-- property. A line keeps the keyed hash of the person's ID number (HMAC-SHA-256 under the key
-- kept outside the database, supervision.ReferenceKeys), never the number or the name, so that
-- the list itself cannot be read back from here. Lines are only added, and a line already kept
-- (same hash, kind and source) is not kept twice.
CREATE SEQUENCE reference_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE reference_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    person_hash  VARCHAR(64)   NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    source       VARCHAR(200)  NOT NULL,
    listed_on    DATE          NOT NULL,
    uploaded_by  VARCHAR(80)   NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- its index, led by the hash, is the one the rules' pass looks the registry's heads up by,
    -- a thousand hashes at a time
    CONSTRAINT reference_entry_once UNIQUE (person_hash, kind, source)
);
