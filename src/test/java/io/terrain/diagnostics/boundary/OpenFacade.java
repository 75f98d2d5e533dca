package io.terrain.diagnostics.boundary;

/** Architecture test fixture, never deployed: a facade that names no roles, so anyone signed in could call it. */
public class OpenFacade {

    public void anything() {
    }
}
