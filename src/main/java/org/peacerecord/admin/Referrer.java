package org.peacerecord.admin;

/** A record that points at another one: its type's admin path, its id and its label. */
public record Referrer(String path, long id, String label) {
}
