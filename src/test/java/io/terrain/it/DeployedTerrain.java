package io.terrain.it;

import java.net.URL;

/**
 * Where the checks find Terrain. Each area's checks are an interface of {@code default} test methods so that one
 * IT class can boot Payara Micro once and run several areas against it: a boot costs ~35 s on two cores, the
 * checks of an area a few seconds.
 */
interface DeployedTerrain {

    /** The application's root URL, ending with a slash. */
    URL base();
}
