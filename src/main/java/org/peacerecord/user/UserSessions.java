package org.peacerecord.user;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends an account's sessions once a change that takes access away is committed. Expired sessions
 * are refused by Spring Security's ConcurrentSessionFilter on their next request (redirect to
 * /login?expired). The registry reads the session store in the database, so this reaches every instance.
 */
@Component
class UserSessions {

    private final SessionRegistry sessions;

    UserSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(AccountAccessChanged change) {
        for (SessionInformation session : sessions.getAllSessions(change.username(), false)) {
            if (!session.getSessionId().equals(change.keepSessionId())) {
                session.expireNow();
            }
        }
    }
}
