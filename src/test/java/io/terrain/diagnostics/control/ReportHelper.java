package io.terrain.diagnostics.control;

/** Architecture test fixture, never deployed: a name that says nothing of what the class does. */
public class ReportHelper {
}
