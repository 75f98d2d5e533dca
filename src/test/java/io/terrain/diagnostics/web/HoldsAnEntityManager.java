package io.terrain.diagnostics.web;

import jakarta.persistence.EntityManager;

/** Architecture test fixture, never deployed: an EntityManager outside control. */
public class HoldsAnEntityManager {

    EntityManager em;
}
