package org.peacerecord.user;

/**
 * The guessing limits the security feature keeps for an account: the pause that repeated failed sign-ins put on a
 * username (admins see it and may lift it early), and the budget of wrong current passwords a signed-in user may give
 * when changing their password (someone at an unattended session must not guess it at leisure).
 */
public interface AccountGuards {

    boolean isPaused(String username);

    void lift(String username);

    /** Takes one attempt at the current password from the account's budget; false when it is used up. */
    boolean reserveCurrentPasswordCheck(String username);

    /** The checked current password was right (true) or wrong (false). */
    void currentPasswordChecked(String username, boolean right);
}
