/**
 * Waves: the rollout of a published package across the network — rollout plans over a perimeter,
 * waves with dates and coaches, each perimeter site's rollout (wave, status, adoption date,
 * checklist), the import and export of a schedule, and the impact measured as the waves go
 * (Callaway &amp; Sant'Anna through the indicators' engine, stored per plan, KPI and comparison group).
 *
 * <p>Published API ({@code api}): the {@link io.terrain.waves.api.Waves} facade and its records.
 * <p>Dependencies: platform and the api of network (perimeter, site places), indicators (KPIs,
 * impact engine), pilots (published packages) and coaches (roster; implements its SiteAgenda and
 * observes its VisitLogged). Tables: {@code waves_*}.
 */
package io.terrain.waves;
