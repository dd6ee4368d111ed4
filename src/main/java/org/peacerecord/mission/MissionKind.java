package org.peacerecord.mission;

public enum MissionKind {
    PEACEKEEPING, SPECIAL_POLITICAL, OFFICE
}
