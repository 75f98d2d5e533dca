package io.terrain.platform.persistence;

/** Fired once at start-up after the migrations have run: modules may now read and seed data. */
public record DatabaseReady(boolean demoData) {
}
