package io.opstimeline.core.load;

/** One thing wrong with an input file, where it is, and what was expected. Lines and columns start at 1. */
public record LoadProblem(String file, int line, int column, String message) {

    /** The compiler-style form every tool and editor understands: {@code file:line:col: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
