package io.terrain.platform.api;

import java.util.List;

/** Input refused, with every problem found (not only the first), so the user fixes all at once. */
public class InvalidInput extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : problems.get(0).key()));
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(Problem problem) {
        this(List.of(problem));
    }

    /** Refuses the input when anything was found wrong: the check every facade ends its validation with. */
    public static void ifAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }
}
