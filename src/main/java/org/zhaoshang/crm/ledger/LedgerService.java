package org.zhaoshang.crm.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 台账 drawn from live data: the ledger screen's pages and totals, the heading, and the exports (.xlsx in the
 * government layout, PDF). Who sees what: LEADER and ADMIN the district (a unit if they filter by one); STAFF and
 * UNIT_LEAD their own unit's rows, whatever unit they ask for. Read-only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LedgerService {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final LedgerDefinitions definitions;
    private final CurrentUser currentUser;
    private final ReferenceDataService referenceData;
    private final MessageSource messages;
    private final Clock clock;
    /**
     * The longest ledger printed as PDF: 10,000 rows are about 1,100 pages and two seconds; 100,000 rows took 21 s,
     * 10,888 pages and 220 MB of heap (PDFBox keeps every page's objects until it saves), which nobody prints.
     */
    private final int pdfMaxRows;

    LedgerService(LedgerDefinitions definitions, CurrentUser currentUser, ReferenceDataService referenceData,
            MessageSource messages, Optional<Clock> clock, @Value("${crm.ledger.pdf-max-rows:10000}") int pdfMaxRows) {
        this.pdfMaxRows = pdfMaxRows;
        this.definitions = definitions;
        this.currentUser = currentUser;
        this.referenceData = referenceData;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LedgerDefinition definition(LedgerType type) {
        return definitions.definition(type);
    }

    /** True for LEADER and ADMIN, who may read every unit's ledger; the others read their own unit's. */
    public boolean seesDistrict() {
        return seesDistrict(currentUser.require());
    }

    /**
     * The filter as it will be applied: the reader's own unit for STAFF and UNIT_LEAD, the ledger's default period
     * (this year up to today, or everything) when none is given.
     */
    public LedgerFilter effective(LedgerType type, LedgerFilter filter) {
        return effective(type, filter, today());
    }

    /** The filter as it applies on {@code today} (a scheduled snapshot's day). */
    public LedgerFilter effective(LedgerType type, LedgerFilter filter, LocalDate today) {
        CrmPrincipal me = currentUser.require();
        Long unit = seesDistrict(me) ? filter.unitId() : me.unitId();
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        if (!filter.allTime() && !filter.hasPeriod() && definition(type).yearToDateByDefault()) {
            from = today.withDayOfYear(1);
            to = today;
        }
        return new LedgerFilter(unit, filter.areaId(), filter.industryId(), filter.leaderId(), from, to,
                from == null && to == null);
    }

    public LedgerTotals totals(LedgerType type, LedgerFilter filter) {
        return definitions.source(type).totals(effective(type, filter));
    }

    /** A page of rows in the given order (the ledger's own order when {@code sort} is empty). */
    public List<LedgerRow> page(LedgerType type, LedgerFilter filter, List<LedgerSort> sort, int offset, int limit) {
        return definitions.source(type).page(effective(type, filter), sort, offset, limit);
    }

    /** 填报单位 (the unit read, or the district), the period and 统计截止日期 (today). */
    public LedgerHeading heading(LedgerType type, LedgerFilter filter) {
        LedgerFilter effective = effective(type, filter);
        return new LedgerHeading(type, effective.unitId() == null ? null : referenceData.unitName(effective.unitId()).orElse(""),
                effective.from(), effective.to(), today());
    }

    /** The ledger's words in the given language. */
    public LedgerTexts texts(Locale locale) {
        return new LedgerTexts(messages, locale);
    }

    /**
     * Writes the ledger as .xlsx in the government layout, streaming rows from the database into the sheet (read on
     * a second thread while this one writes); {@code progress} hears the number of rows written so far. Returns the
     * number of rows. Holds no connection itself while it writes: the reading thread has its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long writeXlsx(LedgerType type, LedgerFilter filter, List<LedgerSort> sort, Locale locale, OutputStream out,
            LongConsumer progress) throws IOException {
        LedgerTexts texts = texts(locale);
        List<LedgerColumn> columns = definition(type).columns();
        try (RowPipe rows = rows(type, effective(type, filter), sort, row -> LedgerWorkbook.cells(columns, texts, row))) {
            LedgerHeading heading = heading(type, filter);
            return LedgerWorkbook.write(definition(type), texts, texts.title(type), texts.infoLine(heading), rows, out,
                    progress);
        }
    }

    /** Writes the ledger as a printable PDF (landscape A4, header on every page, 第 n 页 共 N 页). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long writePdf(LedgerType type, LedgerFilter filter, List<LedgerSort> sort, Locale locale, OutputStream out,
            LongConsumer progress) throws IOException {
        long count = totals(type, filter).count();
        if (count > pdfMaxRows) {
            throw new BusinessException("ledger.pdf.tooLong", pdfMaxRows, count);
        }
        LedgerTexts texts = texts(locale);
        try (RowPipe rows = rows(type, effective(type, filter), sort, UnaryOperator.identity())) {
            LedgerHeading heading = heading(type, filter);
            return LedgerPdf.write(definition(type), texts, texts.title(type), texts.infoLine(heading), rows, out, progress);
        }
    }

    /**
     * The ledger's rows, being read from now on on a second thread (the query runs while the caller sets up its
     * document) and turned by {@code convert} there.
     */
    private RowPipe rows(LedgerType type, LedgerFilter effective, List<LedgerSort> sort, UnaryOperator<LedgerRow> convert) {
        LedgerSource source = definitions.source(type);
        return RowPipe.start(reader -> source.stream(effective, sort, row -> reader.accept(convert.apply(row))));
    }

    /** Every row of the ledger as of {@code day}, in its own order, handed over one at a time (for snapshots). */
    public void stream(LedgerType type, LedgerFilter filter, LocalDate day, Consumer<LedgerRow> sink) {
        definitions.source(type).stream(effective(type, filter, day), List.of(), sink);
    }

    /** Today in the office's calendar (Beijing time). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(OFFICE));
    }

    static boolean seesDistrict(CrmPrincipal me) {
        return me.role() == Role.LEADER || me.role() == Role.ADMIN;
    }
}
