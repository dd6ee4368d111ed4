package org.peacerecord.user;

/** An account lost access it had (disabled, new role, new password): its sessions must end, except {@code keepSessionId}. */
record AccountAccessChanged(String username, String keepSessionId) {
}
