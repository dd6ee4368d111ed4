package org.peacerecord.contribution;

/** The kind of a Japanese contribution to UN peace operations. */
public enum ContributionKind {
    FINANCIAL, PERSONNEL, IN_KIND, TRAINING, EXPERTISE, POLICY, CONDUCT
}
