package io.opstimeline.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * F6 / Shift+F6: focus to the next or previous pane, wherever it is now (also from inside a
 * pane that keeps Tab for itself, such as the timeline stepping through its records).
 */
final class PaneCycle {
    private PaneCycle() {}

    static void move(Scene scene, List<Node> panes, int direction) {
        Node owner = scene == null ? null : scene.getFocusOwner();
        int at = -1;
        for (int i = 0; i < panes.size() && at < 0; i++) {
            if (contains(panes.get(i), owner)) {
                at = i;
            }
        }
        for (int step = 1; step <= panes.size(); step++) {
            Node next = panes.get(Math.floorMod(at + direction * step, panes.size()));
            if (next.isVisible() && focusInside(next)) {
                return;
            }
        }
    }

    private static boolean contains(Node pane, Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == pane) {
                return true;
            }
        }
        return false;
    }

    /** The pane itself when it takes focus, else its first control that does. */
    private static boolean focusInside(Node pane) {
        if (pane.isFocusTraversable() && !pane.isDisabled()) {
            pane.requestFocus();
            return true;
        }
        if (pane instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (child.isVisible() && focusInside(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
