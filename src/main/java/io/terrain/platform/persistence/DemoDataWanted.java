package io.terrain.platform.persistence;

/**
 * Fired once at start-up, after {@link DatabaseReady} and the first users, only when the demo data is on
 * (terrain.demo-data): each module's demo seeder observes it, in the order of its {@code @Priority}, and checks only
 * whether its own data is there already.
 */
public record DemoDataWanted() {
}
