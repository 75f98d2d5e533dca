/**
 * Pilots and packages: an improvement designed from a diagnostic's stakes, tested on pilot sites against matched
 * controls (balance, minimum detectable effect, placebo), measured by difference-in-differences, felt by the teams
 * (perception survey), decided at a gate whose evidence is frozen; a validated pilot becomes a versioned package —
 * processes, tools, rituals, KPI targets and implementation steps — that the waves module rolls out
 * ({@code Pilots.publishedPackages()}). Report in PDF and Excel.
 *
 * <p>Dependencies: platform, and the api of network, indicators and diagnostics. Tables: {@code pilots_*}.
 */
package io.terrain.pilots;
