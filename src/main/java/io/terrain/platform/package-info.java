/**
 * Platform: what every Terrain module stands on.
 *
 * <p>Security: every request passes {@link io.terrain.platform.web.RequestGuard}, which resolves the
 * signed-in session ({@link io.terrain.platform.boundary.WebSessions}) with the user's roles read at
 * that request, decides the path ({@link io.terrain.platform.security.PathAccess}), proves same origin
 * and bounds the body; {@link io.terrain.platform.security.RequiresRole} checks roles again on every
 * boundary call. Sign-in ({@link io.terrain.platform.boundary.SignIn}) is throttled, never locked.
 * Users and their administration, the audit trail ({@link io.terrain.platform.control.AuditTrail}), i18n, the
 * database and its Flyway migrations, REST and Faces plumbing.
 *
 * <p>Dependencies: none of Terrain's modules. Every module may use any platform package.
 * Events: {@link io.terrain.platform.persistence.DatabaseReady} once migrations have run, then
 * {@link io.terrain.platform.persistence.DemoDataWanted} when the demo data is on (each module seeds its own).
 */
package io.terrain.platform;
