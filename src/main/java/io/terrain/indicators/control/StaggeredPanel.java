package io.terrain.indicators.control;

import io.terrain.indicators.api.Comparison;

/**
 * The data a staggered estimate reads: per period (rows) each site's value (columns, NaN when not
 * measured), each site's adoption cohort (period index, or {@link CallawaySantAnna#NEVER}), and who
 * the adopters are compared with.
 */
record StaggeredPanel(double[][] columns, int[] cohortOf, int n, Comparison comparison) {

    /** Whether a site of this cohort compares with cohort g in period t: never adopting, or (not yet) adopted after t. */
    boolean isComparison(int siteCohort, int g, int t) {
        if (siteCohort == CallawaySantAnna.NEVER) {
            return true;
        }
        return comparison == Comparison.NOT_YET_ADOPTED && siteCohort > t && siteCohort != g;
    }
}
