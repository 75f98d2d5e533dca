package io.terrain.diagnostics.api;

import jakarta.faces.context.FacesContext;

/** Architecture test fixture, never deployed: an api type that drags Faces into the modules that use it. */
public class CarriesAFacesType {

    FacesContext faces;
}
