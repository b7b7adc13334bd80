package io.opstimeline.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a person would see cut short: a label, button or header drawn with "..." instead of its text. */
final class Truncation {
    private Truncation() {}

    /** "Kind: 'Fr...' of 'From'" for each Labeled under root whose drawn text is not its whole text. */
    static List<String> truncatedLabels(Parent root) {
        root.applyCss();
        root.layout();
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled l)
                    || !shown(l)
                    || l.getText() == null
                    || l.getText().isEmpty()) {
                continue;
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t
                        && t.getText() != null
                        && !t.getText().equals(l.getText())
                        && !l.getText().replace("_", "").equals(t.getText())
                        && t.getText().endsWith(l.getEllipsisString())) {
                    out.add(l.getClass().getSimpleName() + ": '" + t.getText() + "' of '" + l.getText() + "'");
                }
            }
        }
        return out;
    }

    /** As {@link #truncatedLabels}, for the column headers of a table only (its cells may be cut: their tooltip holds the whole text). */
    static List<String> truncatedHeaders(Parent table) {
        table.applyCss();
        table.layout();
        List<String> out = new ArrayList<>();
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof Parent header) {
                out.addAll(truncatedLabels(header));
            }
        }
        return out;
    }

    /** Visible with every parent visible: what is hidden is not on screen to be cut. */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
