package org.peacerecord.admin;

/** A record just saved: its id and its label for the confirmation message. */
public record Saved(long id, String label) {
}
