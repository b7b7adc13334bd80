package io.opstimeline.core.render;

/** Shares the available rows between lanes: each gets what it needs if all fit, else a fair share. */
final class LaneHeights {
    private LaneHeights() {}

    /**
     * Water-filling: every lane gets at least one row; spare rows go to the lanes that still need
     * them, one at a time, so a busy lane cannot starve the quiet ones.
     */
    static int[] share(int[] needed, int available) {
        int[] granted = new int[needed.length];
        int left = available;
        for (int i = 0; i < needed.length; i++) {
            granted[i] = 1;
            left--;
        }
        boolean progress = true;
        while (left > 0 && progress) {
            progress = false;
            for (int i = 0; i < needed.length && left > 0; i++) {
                if (granted[i] < needed[i]) {
                    granted[i]++;
                    left--;
                    progress = true;
                }
            }
        }
        return granted;
    }
}
