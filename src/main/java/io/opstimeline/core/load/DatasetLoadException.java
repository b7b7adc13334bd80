package io.opstimeline.core.load;

import java.util.List;
import java.util.stream.Collectors;

/** A file that could not be loaded, with every problem found in it. */
public final class DatasetLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<LoadProblem> problems;

    public DatasetLoadException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::format).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static DatasetLoadException single(String file, int line, int column, String message) {
        return new DatasetLoadException(List.of(new LoadProblem(file, line, column, message)));
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
