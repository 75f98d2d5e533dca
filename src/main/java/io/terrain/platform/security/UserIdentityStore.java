package io.terrain.platform.security;

import io.terrain.platform.boundary.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Terrain's users and roles live in its own database (table platform_user). */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @Inject
    LoginAttempts loginAttempts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return loginAttempts.verify(credential.getCaller(), credential.getPasswordAsString())
                .map(user -> new CredentialValidationResult(user.username(),
                        user.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
