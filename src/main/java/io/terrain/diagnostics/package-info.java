/**
 * Diagnostics: on-site diagnosis campaigns. A sample of sites that reflects the network, customer
 * journeys with an observation grid per step, observations and the site's organizational context
 * recorded on a phone, customer verbatims, friction points with their evidence, organizational
 * determinants, and the prioritised stakes and service aspiration that come out of it.
 *
 * <p>Published API ({@code api}): the {@link io.terrain.diagnostics.api.Diagnostics} facade (campaigns
 * and their stakes, for pilots) and its records.
 * <p>Dependencies: platform, the network's api (sites) and the indicators' api (the KPI catalogue).
 * Tables: {@code diagnostics_*}.
 */
package io.terrain.diagnostics;
