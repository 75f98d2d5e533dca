/**
 * Platform: what every Terrain module stands on.
 *
 * <p>Security (sign-in, roles, {@link io.terrain.platform.security.RequiresRole}), users and their
 * administration, the audit trail ({@link io.terrain.platform.control.AuditTrail}), i18n, the
 * database and its Flyway migrations, REST and Faces plumbing.
 *
 * <p>Dependencies: none of Terrain's modules. Every module may use any platform package.
 * Events: {@link io.terrain.platform.persistence.DatabaseReady} once migrations have run.
 */
package io.terrain.platform;
