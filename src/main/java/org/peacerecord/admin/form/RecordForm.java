package org.peacerecord.admin.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.peacerecord.source.Citation;
import org.peacerecord.source.Passage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What every record's edit form carries besides its own fields: the version the editor started from
 * (a hidden field, compared before anything is saved) and the record's citations, as rows of cited
 * passages and rows of external sources. Empty rows are ignored; at least one citation is required.
 * Forms have no id, creation or update fields: the record's identity comes from the URL, and
 * parameters of those names are never bound.
 */
@CitationRequired
public abstract class RecordForm {

    /** Rows most forms can hold; more would only come from a hand-made request. */
    public static final int MAX_ROWS = 50;

    private Long version;

    @Valid
    @Size(max = MAX_ROWS, message = "{admin.validation.rows}")
    private List<PassageCitationInput> passages = new ArrayList<>();

    @Valid
    @Size(max = MAX_ROWS, message = "{admin.validation.rows}")
    private List<SourceCitationInput> sources = new ArrayList<>();

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<PassageCitationInput> getPassages() {
        return passages;
    }

    public void setPassages(List<PassageCitationInput> passages) {
        this.passages = passages;
    }

    public List<SourceCitationInput> getSources() {
        return sources;
    }

    public void setSources(List<SourceCitationInput> sources) {
        this.sources = sources;
    }

    public List<PassageCitationInput> filledPassages() {
        return passages.stream().filter(row -> row != null && !row.isEmpty()).toList();
    }

    public List<SourceCitationInput> filledSources() {
        return sources.stream().filter(row -> row != null && !row.isEmpty()).toList();
    }

    public boolean hasCitation() {
        return !filledPassages().isEmpty() || !filledSources().isEmpty();
    }

    /** Fills the citation rows from a record's citations, in their order (passages, then sources). */
    public void setCitationsFrom(List<Citation> citations) {
        passages = new ArrayList<>();
        sources = new ArrayList<>();
        for (Citation citation : citations) {
            if (citation.isPassage()) {
                passages.add(new PassageCitationInput(citation.getPassage().getNumber(), citation.getSummary()));
            } else {
                SourceCitationInput source = new SourceCitationInput();
                source.setTitle(citation.getSourceTitle());
                source.setUrl(citation.getSourceUrl());
                source.setPublished(citation.getSourcePublished());
                source.setAccessedOn(citation.getAccessedOn());
                source.setSummary(citation.getSummary());
                sources.add(source);
            }
        }
    }

    /**
     * The citations this form describes: cited passages first, then external sources, empty rows left out.
     *
     * @param passageByNumber the statement's passages; every number in the form must be among them
     */
    public List<Citation> toCitations(Function<Integer, Passage> passageByNumber) {
        List<Citation> citations = new ArrayList<>();
        for (PassageCitationInput row : filledPassages()) {
            Passage passage = passageByNumber.apply(row.getNumber());
            if (passage == null) {
                throw new IllegalArgumentException("No passage " + row.getNumber());
            }
            citations.add(Citation.ofPassage(passage, row.getSummary()));
        }
        for (SourceCitationInput row : filledSources()) {
            citations.add(Citation.ofExternalSource(row.getTitle(), row.getUrl(), row.getPublished(),
                    row.getAccessedOn(), row.getSummary()));
        }
        return citations;
    }

    /**
     * Makes sure the last row of each kind is empty, so a citation can be added without JavaScript. Rows are
     * never removed or reordered here: after a failed save, errors still point at the rows they belong to.
     */
    public void addEmptyRows() {
        if (passages.isEmpty() || !isEmpty(passages.get(passages.size() - 1))) {
            passages.add(new PassageCitationInput());
        }
        if (sources.isEmpty() || !isEmpty(sources.get(sources.size() - 1))) {
            sources.add(new SourceCitationInput());
        }
    }

    private static boolean isEmpty(PassageCitationInput row) {
        return row == null || row.isEmpty();
    }

    private static boolean isEmpty(SourceCitationInput row) {
        return row == null || row.isEmpty();
    }

    /** Adds one more empty row of the given kind ("passage" or "source"). */
    public void addRow(String kind) {
        if ("source".equals(kind) && sources.size() < MAX_ROWS) {
            sources.add(new SourceCitationInput());
        } else if ("passage".equals(kind) && passages.size() < MAX_ROWS) {
            passages.add(new PassageCitationInput());
        }
    }

    /** The passage numbers cited, for checking them against the statement. */
    public List<Integer> citedPassageNumbers() {
        return filledPassages().stream().map(PassageCitationInput::getNumber).toList();
    }

}
