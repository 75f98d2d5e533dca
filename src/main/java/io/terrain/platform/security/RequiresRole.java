package io.terrain.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must hold one of these roles, checked on every call of a boundary bean (not only by
 * the screens). On a class it applies to every method; a method's own annotation replaces it.
 * CDI beans do not enforce {@code @RolesAllowed}, hence this binding.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    @Nonbinding
    Role[] value();
}
