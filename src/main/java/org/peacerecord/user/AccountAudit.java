package org.peacerecord.user;

/**
 * Something that happened to an account, for the security audit log (kept by the security feature, which logs it and
 * stores it with the client address): who did it (the actor, "startup" or the user themselves), to which account,
 * and a short detail. Published, never logged here, so there is one audit log.
 */
public record AccountAudit(String event, String actor, String username, String detail) {

    public static AccountAudit of(String event, String actor, String username) {
        return new AccountAudit(event, actor, username, null);
    }
}
