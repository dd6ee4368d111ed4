package org.peacerecord.user;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.security.Principal;

/**
 * Ends an account's sessions once a change that takes access away is committed. Expired sessions
 * are refused by Spring Security's ConcurrentSessionFilter on their next request (redirect to
 * /login?expired). The registry lives in this JVM: with several instances, use Spring Session.
 */
@Component
class UserSessions {

    private final SessionRegistry sessions;

    UserSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(AccountAccessChanged change) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (change.username().equals(nameOf(principal))) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(change.keepSessionId())) {
                        session.expireNow();
                    }
                }
            }
        }
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails details) {
            return details.getUsername();
        }
        if (principal instanceof Principal named) {
            return named.getName();
        }
        return String.valueOf(principal);
    }
}
