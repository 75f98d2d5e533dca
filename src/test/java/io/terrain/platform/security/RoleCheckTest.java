package io.terrain.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RoleCheckTest {

    @RequiresRole({Role.ADMIN, Role.EXECUTIVE})
    static class Guarded {
        public void read() {
        }

        @RequiresRole(Role.ADMIN)
        public void write() {
        }
    }

    static class Unguarded {
        public void anything() {
        }
    }

    @Test
    void aMethodAnnotationReplacesTheClassOne() throws NoSuchMethodException {
        assertArrayEquals(new Role[] {Role.ADMIN, Role.EXECUTIVE}, RoleCheck.requiredRoles(Guarded.class.getMethod("read")));
        assertArrayEquals(new Role[] {Role.ADMIN}, RoleCheck.requiredRoles(Guarded.class.getMethod("write")));
    }

    @Test
    void withoutAnAnnotationNobodyIsAllowed() throws NoSuchMethodException {
        assertArrayEquals(new Role[0], RoleCheck.requiredRoles(Unguarded.class.getMethod("anything")));
    }
}
