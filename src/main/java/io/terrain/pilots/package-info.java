/**
 * Pilots and packages: measured pilots on matched sites, a decision gate, and the validated
 * package the network rolls out (issue #5). So far only the statistics a pilot is designed with:
 * matching control sites, their balance, and the minimum detectable effect.
 *
 * <p>Dependencies: platform, and the api of network, indicators and diagnostics. Tables: {@code pilots_*}.
 */
package io.terrain.pilots;
