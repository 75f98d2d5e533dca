package io.terrain.cycleb;

import io.terrain.cyclea.UsesB;

/** Architecture test fixture, never deployed: the other half of the cycle. */
public class UsesA {

    UsesB other;
}
