package org.zhaoshang.crm.ledger.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.zhaoshang.crm.base.text.InputText;

/**
 * One cell as the file holds it. A formula is never evaluated: its cached result is the value and
 * {@code formula} keeps the formula's text, so that the import can tell =SUM(…) from =HYPERLINK(…).
 * {@code text} is what a person sees in the cell (for the preview and the error sheet).
 */
public record SourceCell(Kind kind, String text, BigDecimal number, LocalDate date, String formula) {

    /** What the cell holds. */
    public enum Kind {
        BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR
    }

    /** Excel keeps 15 significant digits; more is floating-point noise (0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    public static final SourceCell BLANK = new SourceCell(Kind.BLANK, "", null, null, null);

    public static SourceCell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new SourceCell(Kind.TEXT, text, null, null, null);
    }

    public static SourceCell number(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        return new SourceCell(Kind.NUMBER, rounded.toPlainString(), rounded, null, null);
    }

    public static SourceCell date(LocalDate date) {
        return new SourceCell(Kind.DATE, date.toString(), null, date, null);
    }

    static SourceCell bool(boolean value) {
        return new SourceCell(Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, null, null);
    }

    static SourceCell error(String code) {
        return new SourceCell(Kind.ERROR, code, null, null, null);
    }

    /** The same value, noted as the cached result of this formula. */
    SourceCell withFormula(String formulaText) {
        return new SourceCell(kind, text, number, date, formulaText);
    }

    /** No value, or only spaces. */
    public boolean isBlank() {
        return kind == Kind.BLANK || kind == Kind.TEXT && InputText.strip(text).isEmpty();
    }

    /** The text with every kind of space at the ends removed. */
    public String stripped() {
        return InputText.strip(text);
    }
}
