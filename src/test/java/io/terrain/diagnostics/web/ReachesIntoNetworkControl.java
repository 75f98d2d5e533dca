package io.terrain.diagnostics.web;

import io.terrain.network.control.SiteStore;

/**
 * Architecture test fixture, never deployed: a diagnostics screen bean that uses the network
 * module's control package directly. ArchitectureTest must reject it.
 */
public class ReachesIntoNetworkControl {

    SiteStore forbidden;
}
