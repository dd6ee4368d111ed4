package org.peacerecord.theme.admin;

import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.References;
import org.peacerecord.theme.A4pTheme;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

@Component
@Order(40)
class ThemeEditor implements RecordEditor<A4pTheme, ThemeForm> {

    @Override
    public String path() {
        return "themes";
    }

    @Override
    public String formView() {
        return "theme/form";
    }

    @Override
    public Class<A4pTheme> entityType() {
        return A4pTheme.class;
    }

    @Override
    public ThemeForm newForm() {
        return new ThemeForm();
    }

    @Override
    public ThemeForm toForm(A4pTheme theme) {
        ThemeForm form = new ThemeForm();
        form.setCode(theme.getCode());
        form.setName(theme.getName());
        form.setNameJa(theme.getNameJa());
        form.setDescription(theme.getDescription());
        form.setSortOrder(theme.getSortOrder());
        return form;
    }

    @Override
    public A4pTheme newRecord(ThemeForm form, References references) {
        return new A4pTheme(form.getCode(), form.getName());
    }

    @Override
    public void apply(ThemeForm form, A4pTheme theme, References references) {
        theme.setCode(form.getCode());
        theme.setName(form.getName());
        theme.setNameJa(form.getNameJa());
        theme.setDescription(form.getDescription());
        theme.setSortOrder(form.getSortOrder() == null ? 0 : form.getSortOrder());
    }

    @Override
    public String label(A4pTheme theme) {
        return theme.getName();
    }

    @Override
    public List<String> fields() {
        return List.of("code", "name", "nameJa", "description", "sortOrder");
    }


    @Override
    public String choicesQuery() {
        return "select e from A4pTheme e order by e.sortOrder, e.id";
    }

    @Override
    public String choiceLabel(A4pTheme theme, Locale locale) {
        return theme.getDisplayName(locale);
    }

    @Override
    public ListSpec<A4pTheme> listSpec() {
        return new ListSpec<>(
                List.of("code", "name", "nameJa"),
                List.of(),
                List.of(Sort.asc("sortOrder", "sortOrder"), Sort.asc("name", "name"), Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("code", A4pTheme::getCode), new Column<>("nameJa", A4pTheme::getNameJa),
                        new Column<>("sortOrder", A4pTheme::getSortOrder)),
                List.of());
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("code");
    }
}
