package org.peacerecord.mission.admin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.peacerecord.admin.AdminFormat;
import org.peacerecord.admin.Deletion;
import org.peacerecord.admin.EditConflictException;
import org.peacerecord.admin.EditorRegistry;
import org.peacerecord.admin.RecordDescriber;
import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.RecordInUseException;
import org.peacerecord.admin.Referrer;
import org.peacerecord.admin.Saved;
import org.peacerecord.country.Countries;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionKind;
import org.peacerecord.overview.Navigation;
import org.peacerecord.shared.DatePrecision;
import org.peacerecord.web.Assets;
import org.peacerecord.web.CurrentUrl;
import org.peacerecord.web.EnumLabels;
import org.peacerecord.web.FlashMessage;
import org.peacerecord.web.FormSupport;
import org.peacerecord.web.MessagesConfig;
import org.peacerecord.web.Option;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The admin controller's behaviour for missions, with the service mocked: views, field errors, redirects, status codes. */
@WebMvcTest(MissionAdminController.class)
@Import({MissionEditor.class, EditorRegistry.class, RecordDescriber.class, AdminFormat.class, FormSupport.class,
        EnumLabels.class, MessagesConfig.class, Assets.class, CurrentUrl.class, Countries.class})
class MissionAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecordEditingService service;

    @Autowired
    MessageSource messages;

    /** The layout's sections come from the registry of record types, which this slice does not load. */
    @MockitoBean(name = "navigation")
    Navigation navigation;

    @BeforeEach
    void options() {
        given(navigation.sections()).willReturn(List.of("home", "missions"));
        given(service.formOptions(any())).willReturn(new RecordEditingService.FormOptions(
                Map.of("kind", List.of(new Option("OFFICE", "Office"), new Option("PEACEKEEPING", "Peacekeeping operation"))),
                Map.of(27, "In Cambodia, Japanese peacekeepers…")));
        given(service.label(any(), anyLong())).willReturn("UNTAC");
    }

    @Test
    void theNewFormHasEmptyCitationRows() throws Exception {
        mvc.perform(get("/admin/missions/new").with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/form"))
                .andExpect(model().attribute("form", instanceOf(MissionForm.class)))
                .andExpect(content().string(containsString("id=\"passages-0-number\"")))
                .andExpect(content().string(containsString("id=\"sources-0-title\"")));
    }

    @Test
    void anInvalidFormIsShownAgainWithItsErrorsAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/missions").with(user("editor").roles("EDITOR")).with(csrf())
                        .param("acronym", "not valid!").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "acronym", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "kind", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "passages", "CitationRequired"));
        verify(service, never()).create(any(), any());
    }

    @Test
    void aValidFormIsSavedThenRedirectsWithAMessageInTheEditorsLanguage() throws Exception {
        given(service.create(any(), any())).willReturn(new Saved(42, "UNTAC2"));

        mvc.perform(post("/admin/missions").with(user("editor").roles("EDITOR")).with(csrf())
                        .param("acronym", "UNTAC2").param("name", "Second authority").param("kind", "PEACEKEEPING")
                        .param("start.year", "2021").param("start.month", "12").param("passages[0].number", "27")
                        .param("id", "7").param("createdAt", "2000-01-01T00:00:00Z"))
                .andExpect(redirectedUrl("/admin/missions/42/edit"))
                .andExpect(flashSays("Mission UNTAC2 created."));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<MissionForm> form = ArgumentCaptor.forClass(MissionForm.class);
        verify(service).create(any(RecordEditor.class), form.capture());
        assertThat(form.getValue().getAcronym()).isEqualTo("UNTAC2");
        assertThat(form.getValue().getKind()).isEqualTo(MissionKind.PEACEKEEPING);
        assertThat(form.getValue().getStart().toPartialDate().getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(form.getValue().getStart().toPartialDate().getDate()).hasDayOfMonth(1);
        assertThat(form.getValue().citedPassageNumbers()).containsExactly(27);

        given(service.create(any(), any())).willReturn(new Saved(43, "UNTAC3"));
        mvc.perform(post("/admin/missions").with(user("editor").roles("EDITOR")).with(csrf())
                        .header("Accept-Language", "ja")
                        .param("acronym", "UNTAC3").param("name", "Third").param("kind", "OFFICE")
                        .param("passages[0].number", "27"))
                .andExpect(flashSays("ミッション「UNTAC3」を作成しました。"));
    }

    @Test
    void anEditThatFindsTheRecordChangedGetsTheConflictPage() throws Exception {
        MissionForm current = new MissionForm();
        current.setAcronym("UNTAC");
        current.setName("Current name");
        current.setKind(MissionKind.PEACEKEEPING);
        given(service.form(any(), eq(7L))).willReturn(current);
        given(service.update(any(), eq(7L), any())).willAnswer(invocation -> {
            throw new EditConflictException(invocation.getArgument(0), 7, invocation.getArgument(2));
        });

        mvc.perform(validUpdate("Your name"))
                .andExpect(status().isConflict())
                .andExpect(view().name("admin/record/conflict"))
                .andExpect(content().string(containsString("<td class=\"yours\"><div>Your name</div></td>")))
                .andExpect(content().string(containsString("<td class=\"current\"><div>Current name</div></td>")));
    }

    @Test
    void anEditThatLosesTheRaceAtCommitGetsTheConflictPageToo() throws Exception {
        MissionForm current = new MissionForm();
        current.setName("Winner's name");
        given(service.form(any(), eq(7L))).willReturn(current);
        given(service.update(any(), eq(7L), any()))
                .willThrow(new ObjectOptimisticLockingFailureException(Mission.class, 7L));

        mvc.perform(validUpdate("Loser's name"))
                .andExpect(status().isConflict())
                .andExpect(view().name("admin/record/conflict"))
                .andExpect(content().string(containsString("Loser&#39;s name")))
                .andExpect(content().string(containsString("Winner&#39;s name")));
    }

    @Test
    void aSaveTheDatabaseRefusesIsShownAsAFormErrorNotAServerError() throws Exception {
        given(service.update(any(), eq(7L), any())).willThrow(new DataIntegrityViolationException("duplicate key"));

        mvc.perform(validUpdate("Name"))
                .andExpect(status().isOk())
                .andExpect(view().name("mission/form"))
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("the database refused it")));
    }

    @Test
    void deletingARecordInUseShowsWhatRefersToIt() throws Exception {
        List<Referrer> referrers = List.of(new Referrer("people", 3, "Yasushi Akashi"));
        given(service.deletion(any(), eq(7L))).willReturn(new Deletion(7, "UNTAC", referrers));
        given(service.delete(any(), eq(7L))).willThrow(new RecordInUseException(referrers));

        mvc.perform(post("/admin/missions/7/delete").with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(view().name("admin/record/delete"))
                .andExpect(content().string(containsString("href=\"/admin/people/3/edit\">Yasushi Akashi</a>")));
    }

    @Test
    void aDeleteRedirectsToTheListWithAMessage() throws Exception {
        given(service.delete(any(), eq(7L))).willReturn("UNTAC");
        mvc.perform(post("/admin/missions/7/delete").with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(redirectedUrl("/admin/missions"))
                .andExpect(flashSays("Mission UNTAC deleted."));
    }

    @Test
    void theAdminNeedsASignInAndFormsNeedTheirCsrfToken() throws Exception {
        mvc.perform(get("/admin/missions/new")).andExpect(status().is4xxClientError());
        mvc.perform(post("/admin/missions/7/delete").with(user("editor").roles("EDITOR")))
                .andExpect(status().isForbidden());
        verify(service, never()).delete(any(), anyLong());
    }

    @Test
    void addingACitationRowNeitherValidatesNorSaves() throws Exception {
        mvc.perform(post("/admin/missions").with(user("editor").roles("EDITOR")).with(csrf())
                        .param("addRow", "source").param("sources[0].title", "Half a source"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(content().string(containsString("id=\"sources-1-title\"")));
        verify(service, never()).create(any(), any());
    }

    private org.springframework.test.web.servlet.RequestBuilder validUpdate(String name) {
        return post("/admin/missions/7").with(user("editor").roles("EDITOR")).with(csrf())
                .param("acronym", "UNTAC").param("name", name).param("kind", "PEACEKEEPING")
                .param("passages[0].number", "27").param("version", "3");
    }

    /** The flash message left for the next page, as that page renders it (in the language of the request). */
    private ResultMatcher flashSays(String text) {
        return (MvcResult result) -> {
            FlashMessage flash = (FlashMessage) result.getFlashMap().get(FlashMessage.ATTRIBUTE);
            assertThat(flash).as("flash message").isNotNull();
            Locale locale = result.getRequest().getLocale().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
            assertThat(messages.getMessage(flash.key(), flash.args(), locale)).isEqualTo(text);
        };
    }
}
