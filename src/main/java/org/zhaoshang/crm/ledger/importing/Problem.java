package org.zhaoshang.crm.ledger.importing;

import java.util.List;

/**
 * Something the preview tells about a row or the file: an error keeps the row out, a warning is imported as
 * the message says (1.5亿 became 15,000万元, 5月26日 was read as 2023年5月26日), a note only informs. The
 * text is the bundle key {@code ledgerimport.problem.<key>} with its arguments; {@code column} is the file's
 * column the problem is in, or -1.
 */
public record Problem(Severity severity, String key, List<String> arguments, int column) {

    /** How bad it is. */
    public enum Severity {
        ERROR, WARNING, NOTE
    }

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem error(int column, String key, Object... arguments) {
        return new Problem(Severity.ERROR, key, strings(arguments), column);
    }

    public static Problem warning(int column, String key, Object... arguments) {
        return new Problem(Severity.WARNING, key, strings(arguments), column);
    }

    public static Problem note(int column, String key, Object... arguments) {
        return new Problem(Severity.NOTE, key, strings(arguments), column);
    }

    public String messageKey() {
        return "ledgerimport.problem." + key;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static List<String> strings(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(a -> a == null ? "" : String.valueOf(a)).toList();
    }
}
