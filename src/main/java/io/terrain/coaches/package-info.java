/**
 * Coaches: field coaches seconded from operations to the programme — the roster (origin,
 * secondment, capacity, languages, change-management training), their assignments to sites,
 * workload against capacity and coverage of the network, and their site visits.
 *
 * <p>Published API ({@code api}): the {@link io.terrain.coaches.api.Coaches} facade and its records.
 * <p>Dependencies: platform and the network's api (sites, regions). Tables: {@code coaches_*}.
 */
package io.terrain.coaches;
