-- Where trainings, milestones and missions are: a set of UN M49 country codes each (the ISO 3166-1 numeric codes that
-- Natural Earth's boundaries use), instead of free text. The codes are read from the text by the Java migration
-- that follows (V2026_12_03_0910); what it cannot match stays in the old column (training.country,
-- milestone.country, mission.host_country), which from now on holds only such unmatched text, listed for editors.
CREATE TABLE training_country (
    training_id  BIGINT   NOT NULL,
    country_code VARCHAR(3) NOT NULL,
    CONSTRAINT pk_training_country PRIMARY KEY (training_id, country_code),
    CONSTRAINT fk_training_country_training FOREIGN KEY (training_id) REFERENCES training (id) ON DELETE CASCADE
);
CREATE INDEX ix_training_country_code ON training_country (country_code);

CREATE TABLE milestone_country (
    milestone_id BIGINT   NOT NULL,
    country_code VARCHAR(3) NOT NULL,
    CONSTRAINT pk_milestone_country PRIMARY KEY (milestone_id, country_code),
    CONSTRAINT fk_milestone_country_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id) ON DELETE CASCADE
);

CREATE TABLE mission_country (
    mission_id   BIGINT   NOT NULL,
    country_code VARCHAR(3) NOT NULL,
    CONSTRAINT pk_mission_country PRIMARY KEY (mission_id, country_code),
    CONSTRAINT fk_mission_country_mission FOREIGN KEY (mission_id) REFERENCES mission (id) ON DELETE CASCADE
);
CREATE INDEX ix_mission_country_code ON mission_country (country_code);

-- Their history (Hibernate Envers)
CREATE TABLE training_country_aud (
    rev          BIGINT   NOT NULL,
    revtype      SMALLINT,
    training_id  BIGINT   NOT NULL,
    country_code VARCHAR(3) NOT NULL,
    CONSTRAINT pk_training_country_aud PRIMARY KEY (rev, training_id, country_code),
    CONSTRAINT fk_training_country_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE milestone_country_aud (
    rev          BIGINT   NOT NULL,
    revtype      SMALLINT,
    milestone_id BIGINT   NOT NULL,
    country_code VARCHAR(3) NOT NULL,
    CONSTRAINT pk_milestone_country_aud PRIMARY KEY (rev, milestone_id, country_code),
    CONSTRAINT fk_milestone_country_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE mission_country_aud (
    rev          BIGINT   NOT NULL,
    revtype      SMALLINT,
    mission_id   BIGINT   NOT NULL,
    country_code VARCHAR(3) NOT NULL,
    CONSTRAINT pk_mission_country_aud PRIMARY KEY (rev, mission_id, country_code),
    CONSTRAINT fk_mission_country_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
