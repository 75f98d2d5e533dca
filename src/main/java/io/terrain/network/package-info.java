/**
 * Network: the company's contact points (sites) in their org tree (network, region, sector), with
 * the line manager of each unit.
 *
 * <p>Published API ({@code api}): the {@link io.terrain.network.api.Network} facade, site and org
 * unit records, the filter of the site list.
 * <p>Dependencies: platform only. Tables: {@code network_*}.
 */
package io.terrain.network;
