package io.terrain.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

/** Enforces {@link RequiresRole}; runs before the transaction interceptor so a refusal costs nothing. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheck {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

    @Inject
    CurrentUser currentUser;

    @AroundInvoke
    public Object check(InvocationContext call) throws Exception {
        if (SystemTask.isRunning()) {
            return call.proceed();
        }
        Role[] allowed = requiredRoles(call.getMethod());
        if (Arrays.stream(allowed).noneMatch(currentUser::hasRole)) {
            LOG.warning(() -> "Refused " + call.getMethod().getDeclaringClass().getSimpleName() + "."
                    + call.getMethod().getName() + " to " + currentUser.username()
                    + " (needs one of " + Arrays.toString(allowed) + ")");
            throw new AccessDenied();
        }
        return call.proceed();
    }

    static Role[] requiredRoles(Method method) {
        RequiresRole onMethod = method.getAnnotation(RequiresRole.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresRole onClass = method.getDeclaringClass().getAnnotation(RequiresRole.class);
        // Deny by default: a binding that names no role lets nobody through.
        return onClass == null ? new Role[0] : onClass.value();
    }
}
