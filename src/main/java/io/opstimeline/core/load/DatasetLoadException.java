package io.opstimeline.core.load;

import java.util.List;
import java.util.stream.Collectors;

/** A file that could not be loaded, with every problem found in it. */
public final class DatasetLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<LoadProblem> problems;

    /** More are not read by anyone; a broken generated file could otherwise give millions of lines. */
    public static final int MAX_PROBLEMS = 200;

    public DatasetLoadException(List<LoadProblem> problems) {
        this(capped(problems), true);
    }

    private DatasetLoadException(List<LoadProblem> problems, boolean capped) {
        super(problems.stream().map(LoadProblem::format).collect(Collectors.joining("\n")));
        this.problems = problems;
    }

    private static List<LoadProblem> capped(List<LoadProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        if (problems.size() <= MAX_PROBLEMS) {
            return List.copyOf(problems);
        }
        List<LoadProblem> kept = new java.util.ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        LoadProblem last = kept.get(MAX_PROBLEMS - 1);
        kept.add(new LoadProblem(
                last.file(),
                last.line(),
                last.column(),
                "... and " + (problems.size() - MAX_PROBLEMS) + " more problems not shown; fix these first"));
        return List.copyOf(kept);
    }

    public static DatasetLoadException single(String file, int line, int column, String message) {
        return new DatasetLoadException(List.of(new LoadProblem(file, line, column, message)));
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
