package io.terrain.platform.boundary;

import io.terrain.platform.control.UserStore;
import io.terrain.platform.security.Caller;
import io.terrain.platform.security.SignedInSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * A signed-in session's rights, read from the user store at every request (one query by primary
 * key): roles as they are now, and nothing at all once the account is deactivated or its session
 * stamp has moved on (a password reset).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CallerRights {

    @Inject
    UserStore users;

    public Optional<Caller> of(SignedInSession session) {
        return users.rights(session.userId())
                .filter(UserStore.Rights::active)
                .filter(rights -> rights.sessionStamp() == session.sessionStamp())
                .map(rights -> new Caller(session.userId(), rights.username(), rights.roles(), rights.mustChangePassword()));
    }

    /** Whether an account with the published demo password is still active (the screens then show a banner). */
    public boolean demoAccountsActive() {
        return users.demoAccountsActive();
    }
}
