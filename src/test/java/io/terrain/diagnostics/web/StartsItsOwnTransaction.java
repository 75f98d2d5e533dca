package io.terrain.diagnostics.web;

import jakarta.transaction.Transactional;

/** Architecture test fixture, never deployed: a transaction opened outside boundary. */
public class StartsItsOwnTransaction {

    @Transactional
    public void save() {
    }
}
