/**
 * Waves: the rollout of a published package across the network — rollout plans over a perimeter,
 * waves with dates and coaches, each perimeter site's rollout (wave, status, adoption date,
 * checklist), the import and export of a schedule, Timefold proposals, line-management engagement and
 * pull requests, the wave gate, the coaches' load, and the impact measured as the waves go (Callaway &amp;
 * Sant'Anna through the indicators' engine, with its heterogeneity, stored per plan, KPI and comparison group).
 * Who sees which rollout — whole network, a line manager's perimeter, a coach's sites — is {@code RolloutScope}.
 *
 * <p>Published API ({@code api}): the {@link io.terrain.waves.api.Waves} facade and its records.
 * <p>Dependencies: platform and the api of network (perimeter, site places), indicators (KPIs,
 * impact engine), pilots (published packages) and coaches (roster; implements its SiteAgenda and
 * observes its VisitLogged). Tables: {@code waves_*}.
 */
package io.terrain.waves;
