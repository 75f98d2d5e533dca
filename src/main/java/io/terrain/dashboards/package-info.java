/**
 * Dashboards: what leadership steers the rollout from, and (to come) the daily view of every site's team and the
 * monthly direction report.
 *
 * <p>Read-only over the other modules' {@code api}: the waves' grouped rollout counts and stored impact results
 * ({@code RolloutProgress}), the coaches' grouped visit counts ({@code CoachingFigures}), the network's tree and a line
 * manager's perimeter ({@code Network}), the KPI catalogue ({@code Indicators}). It never reads measurements per
 * request: impacts come stored, counts come grouped, and a place's figures are kept a short while
 * ({@code control.FiguresCache}).
 *
 * <p>Scope: ADMIN, PROGRAM_MANAGER and EXECUTIVE read the whole network; a LINE_MANAGER reads the units and sites they
 * answer for, anything else answering 404; a COACH reads no dashboard (403).
 */
package io.terrain.dashboards;
