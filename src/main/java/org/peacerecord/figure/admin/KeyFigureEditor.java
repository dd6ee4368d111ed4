package org.peacerecord.figure.admin;

import org.peacerecord.admin.AdminFormat;
import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Filter;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.References;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.figure.KeyFigure;
import org.peacerecord.shared.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
@Order(70)
class KeyFigureEditor implements RecordEditor<KeyFigure, KeyFigureForm> {

    private final AdminFormat format;

    KeyFigureEditor(AdminFormat format) {
        this.format = format;
    }

    @Override
    public String path() {
        return "figures";
    }

    @Override
    public String formView() {
        return "figure/form";
    }

    @Override
    public Class<KeyFigure> entityType() {
        return KeyFigure.class;
    }

    @Override
    public KeyFigureForm newForm() {
        return new KeyFigureForm();
    }

    @Override
    public KeyFigureForm toForm(KeyFigure figure) {
        KeyFigureForm form = new KeyFigureForm();
        form.setCode(figure.getCode());
        form.setLabel(figure.getLabel());
        form.setLabelJa(figure.getLabelJa());
        form.setValue(figure.getValue());
        form.setQualifier(figure.getQualifier());
        form.setUnit(figure.getUnit());
        form.setCurrency(figure.getCurrency());
        form.setAsOf(PartialDateInput.of(figure.getAsOf()));
        form.setSortOrder(figure.getSortOrder());
        return form;
    }

    @Override
    public KeyFigure newRecord(KeyFigureForm form, References references) {
        return new KeyFigure(form.getCode(), form.getLabel(), form.getValue(), form.getQualifier(),
                form.getAsOf().toPartialDate());
    }

    @Override
    public void apply(KeyFigureForm form, KeyFigure figure, References references) {
        figure.setCode(form.getCode());
        figure.setLabel(form.getLabel());
        figure.setLabelJa(form.getLabelJa());
        figure.setValue(form.getValue());
        figure.setQualifier(form.getQualifier());
        figure.setUnit(form.getUnit());
        figure.setCurrency(form.getCurrency());
        figure.setAsOf(form.getAsOf().toPartialDate());
        figure.setSortOrder(form.getSortOrder() == null ? 0 : form.getSortOrder());
    }

    @Override
    public String label(KeyFigure figure) {
        return figure.getLabel();
    }

    @Override
    public List<String> fields() {
        return List.of("code", "label", "labelJa", "value", "qualifier", "unit", "currency", "asOf", "sortOrder");
    }


    @Override
    public ListSpec<KeyFigure> listSpec() {
        return new ListSpec<>(
                List.of("code", "label", "labelJa"),
                List.of(new Filter("qualifier", "qualifier", Qualifier.class)),
                List.of(Sort.asc("sortOrder", "sortOrder"), Sort.asc("label", "label"), Sort.desc("asOf", "asOf.date"),
                        Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("code", KeyFigure::getCode), new Column<>("value", KeyFigure::getValue),
                        new Column<>("qualifier", KeyFigure::getQualifier), new Column<>("unit", KeyFigure::getUnit),
                        new Column<>("currency", KeyFigure::getCurrency), new Column<>("asOf", KeyFigure::getAsOf)),
                List.of());
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("code");
    }
}
