package io.terrain.coaches.api;

import java.util.List;

/**
 * What a site is working on now (the steps of its current rollout), offered on the visit form as
 * "what was worked on". Declared here, implemented by the rollout module (waves); until a bean
 * implements it, the form offers a free list.
 */
public interface SiteAgenda {

    List<String> currentItems(long siteId);
}
