package io.opstimeline.core.bulk;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Choices drawn by jqwik, handed out as a random generator to code that builds an input choice by
 * choice. When a property fails, jqwik shrinks the list (fewer and smaller choices), so the input
 * shrinks with it: a seed handed to {@code java.util.Random} shrinks to nothing but another seed.
 */
final class DrawnChoices implements RandomGenerator {
    private final List<Long> choices;
    private int next;

    DrawnChoices(List<Long> choices) {
        this.choices = choices;
    }

    @Override
    public long nextLong() {
        return choices.isEmpty() ? 0 : choices.get(next++ % choices.size());
    }

    @Override
    public int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    @Override
    public boolean nextBoolean() {
        return (nextLong() & 1) != 0;
    }
}
