package org.zhaoshang.crm.base;

/** Text search helpers for SQL LIKE. */
public final class SqlText {

    private SqlText() {
    }

    /** A LIKE pattern matching the text anywhere, with the user's %, _ and \ taken literally. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
