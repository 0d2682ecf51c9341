package org.zhaoshang.crm.trip.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.base.ui.Lookups;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.trip.TripDraft;
import org.zhaoshang.crm.trip.TripService;

/** New or edited trip: title, dates, destinations in order, 带队领导, members, accompanying units, purpose. */
class TripEditor extends EditDialog<TripDraft> {

    private final TripService trips;
    private final Consumer<Long> onSaved;
    private Long savedId;
    private final TextField title = new TextField(getTranslation("trip.field.title"));
    private final DatePicker start = new DatePicker(getTranslation("trip.field.startDate"));
    private final DatePicker end = new DatePicker(getTranslation("trip.field.endDate"));
    private final MultiSelectComboBox<CitySummary> cities = new MultiSelectComboBox<>(getTranslation("trip.field.cities"));
    private final TextField leader = new TextField(getTranslation("trip.field.leader"));
    private final MultiSelectComboBox<UserRef> members = new MultiSelectComboBox<>(getTranslation("trip.field.members"));
    private final MultiSelectComboBox<UnitSummary> units = new MultiSelectComboBox<>(getTranslation("trip.field.units"));
    private final TextArea purpose = new TextArea(getTranslation("trip.field.purpose"));

    TripEditor(TripDraft draft, TripService trips, ReferenceDataService referenceData, Consumer<Long> onSaved) {
        super("", draft, d -> { }, () -> { });
        this.trips = trips;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(draft.id() == null ? "trip.new" : "trip.edit"));
        Map<Long, CitySummary> cityById = Lookups.byId(referenceData.cities(), CitySummary::id);
        Map<Long, UnitSummary> unitById = Lookups.byId(referenceData.units(), UnitSummary::id);
        Map<Long, UserRef> userById = Lookups.byId(trips.people(), UserRef::id);
        cities.setItems(cityById.values());
        cities.setItemLabelGenerator(c -> c.name() + "（" + c.province() + "）");
        members.setItems(userById.values());
        members.setItemLabelGenerator(UserRef::label);
        units.setItems(unitById.values());
        units.setItemLabelGenerator(UnitSummary::name);
        start.setI18n(ChineseDatePickerI18n.create());
        end.setI18n(ChineseDatePickerI18n.create());
        leader.setPlaceholder("如：区委书记");
        bind(title, TripDraft::title, "trip.field.title");
        bind(start, TripDraft::startDate, "trip.field.startDate");
        bind(end, TripDraft::endDate, "trip.field.endDate");
        bind(cities, d -> d.cityIds().stream().map(cityById::get).collect(Collectors.toCollection(LinkedHashSet::new)), "trip.field.cities");
        bind(leader, d -> d.leadingOfficial() == null ? "" : d.leadingOfficial(), null);
        bind(members, d -> d.memberIds().stream().map(userById::get).collect(Collectors.toSet()), null);
        bind(units, d -> d.unitIds().stream().map(unitById::get).collect(Collectors.toSet()), null);
        bind(purpose, d -> d.purpose() == null ? "" : d.purpose(), null);
        form.add(title, start, end, cities, leader, members, units, purpose);
        form.setColspan(title, 2);
        form.setColspan(purpose, 2);
    }

    @Override
    protected TripDraft collect() {
        List<Long> cityIds = cities.getValue().stream().map(CitySummary::id).toList();
        Set<Long> memberIds = members.getValue().stream().map(UserRef::id).collect(Collectors.toSet());
        Set<Long> unitIds = units.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet());
        return new TripDraft(original.id(), original.version(), title.getValue(), start.getValue(), end.getValue(), cityIds,
                leader.getValue(), memberIds, unitIds, purpose.getValue(), original.organizerUnitId());
    }

    @Override
    protected void save(TripDraft draft) {
        savedId = trips.save(draft);
    }

    @Override
    protected void completeSave() {
        super.completeSave();
        onSaved.accept(savedId);
    }
}
