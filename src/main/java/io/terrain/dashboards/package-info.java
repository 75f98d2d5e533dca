/**
 * Dashboards: what leadership steers the rollout from (the executive dashboard, its alerts, the symmetry of attentions,
 * the monthly direction report), the customers' feedback it owns (table {@code dashboards_feedback}), and the daily
 * view of every site's team.
 *
 * <p>It writes its own tables, and the CSAT and NPS its feedback gives through the indicators' import; it reads the other
 * modules only through their {@code api}: the waves' grouped rollout counts and stored impact results
 * ({@code RolloutProgress}), the coaches' grouped visit counts ({@code CoachingFigures}), the network's tree and a line
 * manager's perimeter ({@code Network}), the KPI catalogue, roll-ups and a site's own values ({@code Indicators}). Impacts
 * come stored and counts come grouped; the symmetry reads each site's values over a window, the one place that reads
 * measurement rows (to become a roll-up); a place's figures are kept a short while
 * ({@code control.FiguresCache}).
 *
 * <p>Scope: ADMIN, PROGRAM_MANAGER and EXECUTIVE read the whole network; a LINE_MANAGER reads the units and sites they
 * answer for, anything else answering 404; a COACH reads no dashboard (403).
 */
package io.terrain.dashboards;
