package org.zhaoshang.crm.ledger.importing;

/**
 * Told how far a long step has come, so the screen can show a progress bar while the work runs on a
 * background thread. Called from that thread; implementations hand the figure to the UI themselves.
 */
@FunctionalInterface
public interface ImportProgress {

    /** The steps of an import, labelled under {@code ledgerimport.phase.<NAME>}. */
    enum Phase {
        READING, CHECKING, WRITING
    }

    ImportProgress NONE = (phase, fraction) -> {
    };

    /** {@code fraction} between 0 and 1. */
    void update(Phase phase, double fraction);
}
