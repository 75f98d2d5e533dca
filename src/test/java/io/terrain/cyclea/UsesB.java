package io.terrain.cyclea;

import io.terrain.cycleb.UsesA;

/** Architecture test fixture, never deployed: one half of a cycle between two "modules". */
public class UsesB {

    UsesA other;
}
