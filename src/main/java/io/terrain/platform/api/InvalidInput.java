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

    public List<Problem> problems() {
        return problems;
    }
}
