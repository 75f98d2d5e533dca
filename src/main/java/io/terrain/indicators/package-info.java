/**
 * Indicators: the KPI catalogue, measurements per site and period, roll-ups per org unit and
 * segment, and the impact engine that tells whether a change moved a KPI (DESIGN.md §5, §6).
 *
 * <p>Published API ({@code api}): the {@link io.terrain.indicators.api.Indicators} facade, KPI
 * records, {@link io.terrain.indicators.api.ImpactQuery} and its result.
 * <p>Dependencies: platform, and the network's api (site placements). Tables: {@code indicators_*}.
 */
package io.terrain.indicators;
